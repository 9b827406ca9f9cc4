using System.Text;
using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>Renders a <see cref="CheckResult"/> for people: the requirement, what was expected, what came, and the exchange.</summary>
internal static class FailureMessage
{
    private const int BodyLimit = 1500;

    public static string Render(CheckResult result)
    {
        var text = new StringBuilder().AppendLine(result.Requirement.ToString());
        if (result.Verdict == Running.Verdict.Passed)
        {
            text.AppendLine("  passed");
            AppendNotJudged(text, result);
            return text.ToString().TrimEnd();
        }

        if (result.Expected is not null)
        {
            text.Append("  expected: ").AppendLine(result.Expected)
                .Append("  actual:   ").AppendLine(result.Actual);
        }

        if (result.Problem is not null)
        {
            text.Append("  ").AppendLine(result.Problem);
        }

        foreach (var finding in result.AuditFindings)
        {
            text.Append("  and the end-of-run audit expected ").AppendLine(finding.Expected)
                .Append("  but: ").AppendLine(finding.Actual);
        }

        AppendNotJudged(text, result);
        foreach (var exchange in result.Exchanges)
        {
            AppendExchange(text, exchange);
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendNotJudged(StringBuilder text, CheckResult result)
    {
        foreach (var part in result.NotJudged)
        {
            text.Append("  not judged: ").AppendLine(part);
        }
    }

    private static void AppendExchange(StringBuilder text, PeeringExchange exchange)
    {
        if (ThrottleEvidence.Of(exchange) is { } throttling)
        {
            text.Append("  throttled (not counted against the provider): ").AppendLine(throttling);
        }

        text.AppendLine("  exchange:");
        foreach (var line in exchange.Describe(BodyLimit).Split('\n'))
        {
            text.Append("    ").AppendLine(line.TrimEnd('\r'));
        }
    }
}
