using System.Globalization;
using System.Text;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The report as Markdown, short enough for a CI job summary: the verdict, the run, the table, then the evidence.
/// It renders <see cref="ReportDocument"/>, the same value the JSON report serializes.</summary>
public static class MarkdownReportWriter
{
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = document.Run;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Conformance report: `{document.Operation}`")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{document.Verdict.ToUpperInvariant()}**: {document.Summary}")
            .AppendLine()
            .AppendLine("| target | auth | profile | fixtures | seed | started (UTC) |")
            .AppendLine("|---|---|---|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Target} | {run.Auth} | {run.Profile} | {run.Fixtures} | {run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "none"} | {run.StartedAt:yyyy-MM-ddTHH:mm:ss} |")
            .AppendLine();
        AppendList(text, "The run could not start", document.StartProblems);
        AppendNotSelected(text, document.Selection);
        AppendExpectedFromProvider(text, document.ExpectedFromProvider);
        text
            .AppendLine("| id | level | category | verdict | requirement |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var requirement in document.Requirements)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {requirement.Id} | {requirement.Level} | {requirement.Category} | {requirement.Verdict} | {requirement.Sentence.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        AppendList(text, "Every answer judged", [.. document.Requirements.Where(requirement => requirement.Coverage is not null).Select(requirement => $"{requirement.Id}: {requirement.Coverage}")]);
        AppendList(text, "Inputs tried", [.. document.Requirements.SelectMany(requirement => requirement.Inputs.Select(input =>
            $"{requirement.Id}, {input.Dimension}: {input.Tried.Count} of {input.Declared} ({string.Join(", ", input.Tried)})"))]);
        AppendList(text, "Not judged", [.. document.Requirements.SelectMany(requirement => requirement.NotJudged.Select(part => $"{requirement.Id}: {part}"))]);
        AppendEvidence(text, document.Requirements);
        AppendList(text, "Left behind by cleanup", document.CleanupProblems);
        AppendList(text, "Requests sent", document.RequestsSent.Count == 0 ? [] :
            [$"{document.RequestsSent.Sum(sent => sent.Count)} in all", .. document.RequestsSent.Select(sent => $"{sent.Operation}: {sent.Count}")]);
        return text.ToString();
    }

    private static void AppendNotSelected(StringBuilder text, ReportSelection selection)
    {
        if (selection.NotSelected.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                    $"A filtered run: {selection.Selected} of {selection.Of} requirements selected. Not selected: {string.Join(", ", selection.NotSelected)}.")
                .AppendLine();
        }
    }

    private static void AppendExpectedFromProvider(StringBuilder text, IReadOnlyList<string> fields)
    {
        if (fields.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                    $"Expected values taken from the provider itself (neither set nor sent by the suite, so there the checks compare the provider with itself): {string.Join(", ", fields)}.")
                .AppendLine();
        }
    }

    /// <summary>The message of every requirement that did not pass, under one heading.</summary>
    private static void AppendEvidence(StringBuilder text, IReadOnlyList<ReportRequirement> requirements)
    {
        var headed = false;
        foreach (var requirement in requirements)
        {
            if (requirement.Message is not { } message)
            {
                continue;
            }

            if (!headed)
            {
                text.AppendLine().AppendLine("## Evidence");
                headed = true;
            }

            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {requirement.Id}: {requirement.Verdict}")
                .AppendLine("```text")
                .AppendLine(message.Replace("```", "'''", StringComparison.Ordinal))
                .AppendLine("```");
        }
    }

    private static void AppendList(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {heading}").AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }

        text.AppendLine();
    }
}
