using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The report names every requirement with its verdict and evidence, and never a token.</summary>
public sealed class ReportTests
{
    [Test]
    public async Task A_report_of_a_failing_run_carries_the_evidence_and_no_token()
    {
        await using var run = await SelfTestRun.StartAsync(["no-auth", "swapped-vpc-infos"]);
        var report = new ConformanceReport(TargetSettings.Load(_ => null));
        foreach (var requirement in ConformanceCatalog.Requirements)
        {
            report.Add(await run.RunAsync(requirement.Id));
        }

        var markdown = MarkdownReportWriter.Render(report);
        var json = JsonReportWriter.Render(report);

        report.Passed.ShouldBeFalse();
        markdown.ShouldContain("| REJ-013 | MUST | auth | failed |");
        markdown.ShouldContain("### REJ-005: failed");
        json.ShouldContain("\"verdict\": \"failed\"");
        foreach (var tenant in run.Tenants)
        {
            markdown.ShouldNotContain(tenant.Token);
            json.ShouldNotContain(tenant.Token);
        }
    }

    [Test]
    public void A_run_in_which_nothing_passed_is_not_a_passing_run()
    {
        new ConformanceReport(TargetSettings.Load(_ => null)).Passed.ShouldBeFalse();
    }
}
