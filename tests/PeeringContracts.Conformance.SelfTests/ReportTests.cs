using System.Text.Json;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The report names every requirement with its verdict and evidence, and never a token.</summary>
public sealed class ReportTests
{
    [Test]
    public async Task A_report_of_a_failing_run_carries_the_evidence_and_no_token()
    {
        await using var run = await SelfTestRun.StartAsync(["no-auth", "swapped-vpc-infos"]);
        var report = new ConformanceReport(TargetSettings.Load(_ => null), run.ExpectedFromProvider);
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
    public void The_header_names_the_auth_mode_and_the_expected_values_this_run_took_from_the_provider()
    {
        var fromProvider = new ExpectedFromProvider();
        var report = new ConformanceReport(TargetSettings.Load(name => name == Setting.Auth ? "aksk" : null), fromProvider);

        MarkdownReportWriter.Render(report).ShouldNotContain("taken from the provider");
        fromProvider.Record([ExpectedFromProvider.RequestTenantId, ExpectedFromProvider.Name]);
        var markdown = MarkdownReportWriter.Render(report);
        using var json = JsonDocument.Parse(JsonReportWriter.Render(report));

        markdown.ShouldContain("| target | auth | profile | fixtures | seed | started (UTC) |");
        markdown.ShouldContain("| embedded reference provider (127.0.0.1) | aksk | strict | api |");
        markdown.ShouldContain("Expected values taken from the provider itself");
        markdown.ShouldContain(": name, request_vpc_info.tenant_id.");
        json.RootElement.GetProperty("auth").GetString().ShouldBe("aksk");
        json.RootElement.GetProperty("expectedFromProvider").EnumerateArray().Select(field => field.GetString())
            .ShouldBe(["name", "request_vpc_info.tenant_id"]);
    }

    [Test]
    public void An_audit_finding_added_again_fails_its_requirement_once()
    {
        var report = new ConformanceReport(TargetSettings.Load(_ => null), new ExpectedFromProvider());
        var requirement = ConformanceCatalog.Get("REJ-015").Requirement;
        report.Add(CheckResult.Pass(requirement, TimeSpan.Zero));
        var finding = new AuditFinding("REJ-015", "peering p as it was before", "status: \"PENDING_ACCEPTANCE\" → \"REJECTED\"");

        report.AddAuditFindings([finding]);
        report.AddAuditFindings([finding]);

        var result = report.Results.ShouldHaveSingleItem();
        result.Verdict.ShouldBe(Verdict.Failed);
        result.Message.Split("end-of-run audit").Length.ShouldBe(2, result.Message);
        report.Count(Verdict.Failed).ShouldBe(1);
    }

    [Test]
    public void A_run_in_which_nothing_passed_is_not_a_passing_run()
    {
        new ConformanceReport(TargetSettings.Load(_ => null), new ExpectedFromProvider()).Passed.ShouldBeFalse();
    }
}
