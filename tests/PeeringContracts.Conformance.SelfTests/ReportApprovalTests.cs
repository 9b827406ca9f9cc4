using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The Markdown report of a tiny run, pinned in <c>Approved/</c>: its header, table, evidence and cleanup
/// sections as a provider team reads them in a CI job summary.</summary>
public sealed class ReportApprovalTests
{
    private static readonly DateTimeOffset StartedAt = new(2026, 1, 31, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task The_markdown_report_of_a_tiny_run()
    {
        var fromProvider = new ExpectedFromProvider();
        fromProvider.Record([ExpectedFromProvider.RequestTenantId]);
        var report = new ConformanceReport(new RunHeader("https://vpc.example.test/", "token", "strict", "api", 42, StartedAt), fromProvider);
        report.Add(CheckResult.Pass(MadeUp("REJ-901", "A reject answers 200."), TimeSpan.FromMilliseconds(31)));
        report.Add(await RepresentativeResults.RequirementFailureAsync() with { Requirement = MadeUp("REJ-902", "A reject answers the peering with status REJECTED.") });
        report.Add(await RepresentativeResults.CouldNotRunUnderStrictAsync() with { Requirement = MadeUp("REJ-903", "An unrelated tenant cannot reject the peering.") });
        report.AddAuditFindings([new AuditFinding("REJ-902", "peering 0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e as it was before", "name: \"pc-seed-42\" → \"changed\"")]);
        report.AddCleanupProblems(["peering 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d: DELETE answered 500"]);

        var markdown = MarkdownReportWriter.Render(ReportDocument.Of(report, StartedAt.AddSeconds(8)));

        WithoutTheCatalogue(markdown, report).ShouldMatchApproved("markdown-report");
    }

    private static Requirement MadeUp(string id, string sentence) => new(id, RequirementLevel.Must, RequirementCategory.State, sentence, "test");

    /// <summary>The made-up requirements are not in the catalogue, so the report counts the whole catalogue as not
    /// selected; its size and ids are replaced, so that a new requirement does not change the approved report.</summary>
    private static string WithoutTheCatalogue(string markdown, ConformanceReport report) => markdown
        .Replace(string.Join(", ", report.NotSelected.Select(requirement => requirement.Id)), "(the rest of the catalogue)", StringComparison.Ordinal)
        .Replace($"of {ConformanceCatalog.Requirements.Count} requirements", "of N requirements", StringComparison.Ordinal);
}
