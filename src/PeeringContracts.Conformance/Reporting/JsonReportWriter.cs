using System.Text.Json;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The report as JSON for tools: the same facts as the Markdown, one object per requirement.</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Render(ConformanceReport report) => JsonSerializer.Serialize(new
    {
        target = report.Target,
        auth = TargetSettings.WordFor(report.Auth),
        profile = report.Profile.ToString().ToLowerInvariant(),
        fixtures = report.Fixtures.ToString(),
        seed = report.Seed,
        startedAt = report.StartedAt,
        passed = report.Passed,
        expectedFromProvider = report.ExpectedFromProvider,
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
