using System.Globalization;
using System.Text;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Verification;

/// <summary><c>verification-report.md</c> beside the conformance report: one line per interaction, then the details of each that did not pass.</summary>
public static class VerificationReport
{
    public static string Write(TargetSettings settings, string pactSource, IReadOnlyList<InteractionVerdict> verdicts, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "verification-report.md");
        File.WriteAllText(path, Render(settings, pactSource, verdicts));
        return path;
    }

    private static string Render(TargetSettings settings, string pactSource, IReadOnlyList<InteractionVerdict> verdicts)
    {
        var text = new StringBuilder()
            .AppendLine("# Provider verification").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Target: {settings.DescribeTarget()}; auth {TargetSettings.WordFor(settings.Auth)}; fixtures {settings.Fixtures}; pacts from {pactSource}.").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{Count(verdicts, InteractionVerdict.Passed)} passed, {Count(verdicts, InteractionVerdict.Failed)} failed, {Count(verdicts, InteractionVerdict.NotRun)} not run, {Count(verdicts, InteractionVerdict.Pending)} failed but pending**").AppendLine()
            .AppendLine("| pact | interaction | given | verdict |").AppendLine("|---|---|---|---|");
        foreach (var verdict in verdicts)
        {
            var interaction = verdict.Interaction;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {interaction.PactFile} | {interaction.Description} | {interaction.Given} | {verdict.Outcome} |");
        }

        foreach (var verdict in verdicts.Where(verdict => verdict.Outcome != InteractionVerdict.Passed))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {verdict.Interaction.Description}: {verdict.Outcome}")
                .AppendLine().AppendLine("```").AppendLine(verdict.Detail).AppendLine("```");
        }

        return text.ToString();
    }

    private static int Count(IReadOnlyList<InteractionVerdict> verdicts, string outcome) => verdicts.Count(verdict => verdict.Outcome == outcome);
}
