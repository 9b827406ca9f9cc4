using System.Text;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Running;

/// <summary>Renders what a provider team reads: the requirement, what was expected, what came, and the exchange.</summary>
internal static class FailureMessage
{
    private const int BodyLimit = 1500;

    public static string For(Requirement requirement, string expected, string actual, PeeringExchange? exchange)
    {
        var text = new StringBuilder()
            .AppendLine(requirement.ToString())
            .Append("  expected: ").AppendLine(expected)
            .Append("  actual:   ").AppendLine(actual);
        AppendExchange(text, exchange);
        return text.ToString().TrimEnd();
    }

    public static string For(Requirement requirement, string problem, PeeringExchange? exchange)
    {
        var text = new StringBuilder()
            .AppendLine(requirement.ToString())
            .Append("  ").AppendLine(problem);
        AppendExchange(text, exchange);
        return text.ToString().TrimEnd();
    }

    private static void AppendExchange(StringBuilder text, PeeringExchange? exchange)
    {
        if (exchange is null)
        {
            return;
        }

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
