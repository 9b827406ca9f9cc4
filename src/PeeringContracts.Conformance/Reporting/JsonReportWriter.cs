using System.Text.Json;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The report as JSON for tools: the same facts as the Markdown, one object per requirement.</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Render(ConformanceReport report) => JsonSerializer.Serialize(new
    {
        target = report.Target,
        profile = report.Profile.ToString().ToLowerInvariant(),
        fixtures = report.Fixtures.ToString(),
        seed = report.Seed,
        startedAt = report.StartedAt,
        passed = report.Passed,
        requirements = report.Results.Select(result => new
        {
            id = result.Requirement.Id,
            level = result.Requirement.LevelWord,
            category = result.Requirement.Category,
            sentence = result.Requirement.Sentence,
            source = result.Requirement.Source,
            verdict = VerdictWords.Of(result.Verdict),
            failureKind = result.FailureKind.ToString().ToLowerInvariant(),
            message = result.Message,
            durationMs = (long)result.Duration.TotalMilliseconds,
        }),
        cleanupProblems = report.CleanupProblems,
    }, Options);
}
