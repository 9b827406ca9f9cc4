using System.Globalization;
using System.Text;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The report as Markdown, short enough for a CI job summary: the table first, the evidence after.</summary>
public static class MarkdownReportWriter
{
    public static string Render(ConformanceReport report)
    {
        var text = new StringBuilder()
            .AppendLine("# Conformance report: `PUT /v2.0/vpc/peerings/{peering_id}/reject`")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{(report.Passed ? "PASSED" : "FAILED")}**: {Summary(report)}")
            .AppendLine()
            .AppendLine("| target | auth | profile | fixtures | seed | started (UTC) |")
            .AppendLine("|---|---|---|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| {report.Target} | {TargetSettings.WordFor(report.Auth)} | {report.Profile.ToString().ToLowerInvariant()} | {TargetSettings.WordFor(report.Fixtures)} | {report.Seed} | {report.StartedAt:yyyy-MM-ddTHH:mm:ss} |")
            .AppendLine();
        AppendExpectedFromProvider(text, report.ExpectedFromProvider);
        text
            .AppendLine("| id | level | category | verdict | requirement |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var result in report.Results)
        {
            var requirement = result.Requirement;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {requirement.Id} | {requirement.LevelWord} | {requirement.Category} | {VerdictWords.Of(result.Verdict)} | {requirement.Sentence.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        AppendEvidence(text, report.Results.Where(result => result.Verdict is not Verdict.Passed).ToList());
        AppendCleanup(text, report.CleanupProblems);
        return text.ToString();
    }

    public static string Summary(ConformanceReport report) =>
        $"{report.Count(Verdict.Passed)} passed, {report.Count(Verdict.Failed)} failed, " +
        $"{report.Count(Verdict.Warning)} warnings, {report.Count(Verdict.NotRun)} not run";

    private static void AppendExpectedFromProvider(StringBuilder text, IReadOnlyList<string> fields)
    {
        if (fields.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                    $"Expected values taken from the provider itself (neither set nor sent by the suite, so there the checks compare the provider with itself): {string.Join(", ", fields)}.")
                .AppendLine();
        }
    }

    private static void AppendEvidence(StringBuilder text, List<CheckResult> results)
    {
        if (results.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Evidence");
        foreach (var result in results)
        {
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"### {result.Requirement.Id}: {VerdictWords.Of(result.Verdict)}")
                .AppendLine("```text")
                .AppendLine(result.Message.Replace("```", "'''", StringComparison.Ordinal))
                .AppendLine("```");
        }
    }

    private static void AppendCleanup(StringBuilder text, IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Left behind by cleanup");
        foreach (var problem in problems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {problem}");
        }
    }
}
