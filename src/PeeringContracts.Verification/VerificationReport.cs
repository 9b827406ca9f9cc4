using System.Globalization;
using System.Text;
using PeeringContracts.Conformance.Reporting;

namespace PeeringContracts.Verification;

/// <summary>
/// <c>verification-report.md</c> beside the conformance report, written by every verification run, one that could not
/// start included: the run, one line per interaction, then the details of each that did not pass.
/// </summary>
public static class VerificationReport
{
    public const string FileName = "verification-report.md";

    /// <summary>Writes the report and returns its full path; <paramref name="startProblems"/> non-empty: the run could not start.</summary>
    public static string Write(RunHeader header, string pactSource, IReadOnlyList<InteractionVerdict> verdicts, IReadOnlyList<string> startProblems, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(header, pactSource, verdicts, startProblems));
        return Path.GetFullPath(path);
    }

    /// <summary>One line for the console and the report: <c>N passed, N failed, N not run, N failed but pending</c>.</summary>
    public static string Summary(IReadOnlyList<InteractionVerdict> verdicts) =>
        $"{Count(verdicts, InteractionVerdict.Passed)} passed, {Count(verdicts, InteractionVerdict.Failed)} failed, " +
        $"{Count(verdicts, InteractionVerdict.NotRun)} not run, {Count(verdicts, InteractionVerdict.Pending)} failed but pending";

    private static string Render(RunHeader header, string pactSource, IReadOnlyList<InteractionVerdict> verdicts, IReadOnlyList<string> startProblems)
    {
        var verdict = startProblems.Count > 0 ? "COULD NOT START" : Count(verdicts, InteractionVerdict.Failed) > 0 || verdicts.Count == 0 ? "FAILED" : "PASSED";
        var text = new StringBuilder()
            .AppendLine("# Provider verification").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{verdict}**: {Summary(verdicts)}").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Target: {header.Target}; auth {header.Auth}; fixtures {header.Fixtures}; pacts from {pactSource}.").AppendLine();
        foreach (var problem in startProblems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- could not start: {problem}");
        }

        text.AppendLine("| pact | interaction | given | verdict |").AppendLine("|---|---|---|---|");
        foreach (var interaction in verdicts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {interaction.Interaction.PactFile} | {interaction.Interaction.Description} | {interaction.Interaction.Given} | {interaction.Outcome} |");
        }

        foreach (var interaction in verdicts.Where(interaction => interaction.Outcome != InteractionVerdict.Passed))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {interaction.Interaction.Description}: {interaction.Outcome}")
                .AppendLine().AppendLine("```").AppendLine(interaction.Detail).AppendLine("```");
        }

        return text.ToString();
    }

    private static int Count(IReadOnlyList<InteractionVerdict> verdicts, string outcome) => verdicts.Count(verdict => verdict.Outcome == outcome);
}
