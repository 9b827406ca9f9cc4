using System.Text.Json;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Every run writes one report, in the documented format, with counts that agree; never a token.</summary>
public sealed class ReportTests
{
    [Test]
    public async Task A_report_of_a_failing_run_carries_the_evidence_and_no_token()
    {
        await using var run = await SelfTestRun.StartAsync(["no-auth", "swapped-vpc-infos"]);
        using var folder = new TemporaryFolder();
        await run.RunWholeCatalogueAsync();

        var (document, path) = await run.FinishAsync(folder.Path);
        var markdown = await File.ReadAllTextAsync(path);
        var json = await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json"));

        document.Verdict.ShouldBe("failed");
        markdown.ShouldContain("| REJ-013 | MUST | auth | failed |");
        markdown.ShouldContain("### REJ-005: failed");
        ReportSchema.Violations(json).ShouldBeEmpty();
        var rej005 = document.Requirements.Single(requirement => requirement.Id == "REJ-005");
        rej005.Expected.ShouldNotBeNull().ShouldContain("request_vpc_info.vpc_id");
        rej005.Exchanges.ShouldNotBeEmpty();
        foreach (var tenant in run.Tenants)
        {
            markdown.ShouldNotContain(tenant.Token);
            json.ShouldNotContain(tenant.Token);
        }
    }

    [Test]
    public void The_header_spells_every_value_as_the_settings_are_and_names_the_values_taken_from_the_provider()
    {
        var fromProvider = new ExpectedFromProvider();
        var settings = TargetSettings.Load(name => name == Setting.Auth ? "aksk" : name == Setting.Fixtures ? "provider-state" : null);
        var report = new ConformanceReport(RunHeader.Of(settings), fromProvider);

        MarkdownReportWriter.Render(Document(report)).ShouldNotContain("taken from the provider");
        fromProvider.Record([ExpectedFromProvider.RequestTenantId, ExpectedFromProvider.Name]);
        var markdown = MarkdownReportWriter.Render(Document(report));
        using var json = JsonDocument.Parse(JsonReportWriter.Render(Document(report)));

        markdown.ShouldContain("| target | auth | profile | fixtures | seed | started (UTC) |");
        markdown.ShouldContain("| embedded reference provider (127.0.0.1) | aksk | strict | provider-state |");
        markdown.ShouldContain("Expected values taken from the provider itself");
        markdown.ShouldContain(": name, request_vpc_info.tenant_id.");
        var run = json.RootElement.GetProperty("run");
        run.GetProperty("auth").GetString().ShouldBe("aksk");
        run.GetProperty("fixtures").GetString().ShouldBe("provider-state");
        run.GetProperty("profile").GetString().ShouldBe("strict");
        json.RootElement.GetProperty("expectedFromProvider").EnumerateArray().Select(field => field.GetString())
            .ShouldBe(["name", "request_vpc_info.tenant_id"]);
    }

    [Test]
    public void An_audit_finding_added_again_fails_its_requirement_once()
    {
        var report = new ConformanceReport(RunHeader.Of(TargetSettings.Load(_ => null)), new ExpectedFromProvider());
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
        new ConformanceReport(RunHeader.Of(TargetSettings.Load(_ => null)), new ExpectedFromProvider()).Passed.ShouldBeFalse();
    }

    [Test]
    public async Task A_run_against_a_closed_port_writes_a_could_not_start_report_with_every_requirement_not_run()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("conformance-report.md"), "**FAILED**: 28 passed, 5 failed (an earlier run)");
        var settings = new Dictionary<string, string>
        {
            [Setting.BaseUrl] = ClosedPort.Url().AbsoluteUri,
            [Setting.AccepterToken] = "accepter-secret",
            [Setting.RequesterToken] = "requester-secret",
            [Setting.RequesterVpcId] = "vpc-a",
            [Setting.AccepterVpcId] = "vpc-b",
            [Setting.AccepterTenantId] = "f65e9ebced5d418ba9319a723718ba4e",
        };
        await using var session = await ConformanceSession.StartAsync(settings.GetValueOrDefault, ConformanceTarget.StartAsync, _ => { }, CancellationToken.None);
        foreach (var check in ConformanceCatalog.Checks)
        {
            await session.RunAsync(check.Requirement.Id, CancellationToken.None);
        }

        foreach (var oracle in OracleCatalog.Requirements)
        {
            session.JudgeEveryAnswer(oracle.Id);
        }

        var (document, path) = await session.FinishAsync(folder.Path, partialReplacesFull: false, CancellationToken.None);

        document.Verdict.ShouldBe("could not start");
        document.StartProblems.ShouldHaveSingleItem().ShouldStartWith("PEERING_BASE_URL: ");
        document.Counts.ShouldBe(new ReportCounts(0, 0, 0, ConformanceCatalog.Requirements.Count));
        document.Requirements.ShouldAllBe(requirement => requirement.Verdict == "not run");
        var markdown = await File.ReadAllTextAsync(path);
        markdown.ShouldStartWith("# Conformance report");
        markdown.ShouldNotContain("an earlier run");
        ReportSchema.Violations(await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json"))).ShouldBeEmpty();
        string.Join("\n", document.StartProblems).ShouldNotContain("accepter-secret");
    }

    [Test]
    public async Task A_filtered_run_says_what_it_left_out_and_writes_beside_the_last_full_report()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("conformance-report.md"), "the last full report");
        await using var run = await SelfTestRun.StartAsync([]);
        await run.RunAsync("REJ-001");
        await run.RunAsync("REJ-009");

        var (document, path) = await run.FinishAsync(folder.Path);

        Path.GetFileName(path).ShouldBe("conformance-report.partial.md");
        document.Summary.ShouldEndWith($"(2 of {ConformanceCatalog.Requirements.Count} requirements selected)");
        document.Selection.NotSelected.Count.ShouldBe(ConformanceCatalog.Requirements.Count - 2);
        document.Selection.NotSelected.ShouldNotContain("REJ-001");
        (await File.ReadAllTextAsync(path)).ShouldContain("Not selected: REJ-002, REJ-003");
        (await File.ReadAllTextAsync(folder.File("conformance-report.md"))).ShouldBe("the last full report");
        ReportSchema.Violations(await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json"))).ShouldBeEmpty();
    }

    [Test]
    public void The_report_schema_refuses_a_report_that_is_not_in_the_format()
    {
        var report = JsonReportWriter.Render(Document(new ConformanceReport(RunHeader.Of(TargetSettings.Load(_ => null)), new ExpectedFromProvider())));

        ReportSchema.Violations(report).ShouldBeEmpty();
        ReportSchema.Violations(report.Replace("\"notRun\"", "\"skipped\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
        ReportSchema.Violations(report.Replace("\"verdict\": \"failed\"", "\"verdict\": \"green\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }

    private static ReportDocument Document(ConformanceReport report) => ReportDocument.Of(report, DateTimeOffset.UtcNow);
}
