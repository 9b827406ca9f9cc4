using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>
/// The report as one value, in the documented format of <c>schemas/conformance-report.schema.json</c>: the JSON report
/// is this value serialized, and the Markdown report renders this value, so the two never disagree.
/// </summary>
public sealed record ReportDocument(
    string Format,
    string Operation,
    string Verdict,
    string Summary,
    ReportRun Run,
    ReportCounts Counts,
    ReportSelection Selection,
    IReadOnlyList<string> StartProblems,
    IReadOnlyList<string> ExpectedFromProvider,
    IReadOnlyList<ReportRequirement> Requirements,
    IReadOnlyList<string> CleanupProblems,
    IReadOnlyList<ReportRequests> RequestsSent)
{
    public const string FormatName = "peering-contracts/conformance-report/1";
    public const string OperationName = "PUT /v2.0/vpc/peerings/{peering_id}/reject";

    /// <summary>The exchanges in a report are cut here, as in failure messages.</summary>
    private const int BodyLimit = 1500;

    public static ReportDocument Of(ConformanceReport report, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = report.Results;
        var counts = new ReportCounts(
            results.Count(result => result.Verdict == Running.Verdict.Passed),
            results.Count(result => result.Verdict == Running.Verdict.Failed),
            results.Count(result => result.Verdict == Running.Verdict.Warning),
            results.Count(result => result.Verdict == Running.Verdict.NotRun));
        var selection = new ReportSelection(results.Count, ConformanceCatalog.Requirements.Count, report.NotSelected.Select(requirement => requirement.Id).ToList());
        var header = report.Header;
        return new ReportDocument(
            FormatName,
            OperationName,
            report.CouldNotStart ? VerdictWords.CouldNotStart : report.Passed ? VerdictWords.Passed : VerdictWords.Failed,
            SummaryOf(counts, selection),
            new ReportRun(header.Target, header.Auth, header.Profile, header.Fixtures, header.Seed, header.StartedAt, finishedAt),
            counts,
            selection,
            report.StartProblems,
            report.ExpectedFromProvider,
            results.Select(RequirementOf).ToList(),
            report.CleanupProblems,
            report.RequestsSent.Select(sent => new ReportRequests(sent.Operation, sent.Count)).ToList());
    }

    /// <summary><c>N passed, N failed, N warnings, N not run</c>, and for a filtered run how many requirements it selected.</summary>
    private static string SummaryOf(ReportCounts counts, ReportSelection selection) =>
        $"{counts.Passed} passed, {counts.Failed} failed, {counts.Warnings} warnings, {counts.NotRun} not run" +
        (selection.NotSelected.Count > 0 ? $" ({selection.Selected} of {selection.Of} requirements selected)" : string.Empty);

    private static ReportRequirement RequirementOf(CheckResult result)
    {
        var requirement = result.Requirement;
        return new ReportRequirement(
            requirement.Id, requirement.LevelWord, requirement.Category, requirement.Sentence, requirement.Source,
            VerdictWords.Of(result.Verdict), VerdictWords.Of(result.FailureKind),
            result.Expected, result.Actual, result.Problem, result.NotJudged, result.Coverage,
            result.Inputs.Select(input => new ReportInputs(input.Dimension, input.Tried, input.Declared)).ToList(),
            result.AuditFindings.Select(finding => new ReportAuditFinding(finding.Expected, finding.Actual)).ToList(),
            result.Exchanges.Select(exchange => exchange.Describe(BodyLimit)).ToList(),
            result.Verdict == Running.Verdict.Passed ? null : result.Message,
            (long)result.Duration.TotalMilliseconds);
    }
}

/// <summary>The run a report is of, spelled as its settings.</summary>
public sealed record ReportRun(string Target, string Auth, string Profile, string Fixtures, int? Seed, DateTimeOffset StartedAt, DateTimeOffset FinishedAt);

/// <summary>How many requirements ended with each verdict.</summary>
public sealed record ReportCounts(int Passed, int Failed, int Warnings, int NotRun);

/// <summary>How many requirements the run selected of the catalogue, and which it left out (a filtered run).</summary>
public sealed record ReportSelection(int Selected, int Of, IReadOnlyList<string> NotSelected);

/// <summary>One requirement's verdict as values; <see cref="Message"/> is the rendered text of a verdict that did not pass.</summary>
public sealed record ReportRequirement(
    string Id,
    string Level,
    string Category,
    string Sentence,
    string Source,
    string Verdict,
    string FailureKind,
    string? Expected,
    string? Actual,
    string? Problem,
    IReadOnlyList<string> NotJudged,
    string? Coverage,
    IReadOnlyList<ReportInputs> Inputs,
    IReadOnlyList<ReportAuditFinding> AuditFindings,
    IReadOnlyList<string> Exchanges,
    string? Message,
    long DurationMs);

/// <summary>How many requests of one operation ("no documented operation" for the rest) the run sent.</summary>
public sealed record ReportRequests(string Operation, int Count);

/// <summary>A change the end-of-run audit found after a refused request.</summary>
public sealed record ReportAuditFinding(string Expected, string Actual);

/// <summary>The forms of one declared input dimension a requirement's check sent, of how many the dimension declares.</summary>
public sealed record ReportInputs(string Dimension, IReadOnlyList<string> Tried, int Declared);
