using PeeringContracts.Conformance.Reporting;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>No setting: the embedded, clean reference provider passes every requirement, and every count says so.</summary>
public sealed class CleanProviderRun
{
    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync() => scenario = await ScenarioRun.StartAsync(new Dictionary<string, string>());

    [OneTimeTearDown]
    public void Delete() => scenario.Dispose();

    [Test]
    public void Every_requirement_passes_and_every_count_agrees()
    {
        var report = scenario.CountsAgree();
        var reportText = File.ReadAllText(scenario.Results.File($"{ReportFiles.FullName}.md"));
        var tests = TrxFile.Read(scenario.Run.Trx);
        scenario.Run.ShouldSatisfyAllConditions(
            () => scenario.Run.ExitCode.ShouldBe(0, $"{scenario.Run}"),
            () => report.Verdict.ShouldBe("passed"),
            () => report.AsTests.ShouldBe(new TestCounts(ConformanceCatalog.Requirements.Count, 0, 0), $"the clean run's report:\n{reportText}"),
            () => TestOutcome.Count(tests).ShouldBe(new TestCounts(ConformanceCatalog.Requirements.Count + 2, 0, 0),
                $"not passed:\n{TestOutcome.DescribeNotPassed(tests)}\nthe clean run's report:\n{reportText}"));
    }

    /// <summary>Issue 18's budget for a live account: a full run sends at most 1,000 requests and creates at most 60
    /// peerings when the provider honours what the reference provider honours; the report says what it sent.</summary>
    [Test]
    public void The_run_stays_within_the_request_budget_and_reports_what_it_sent()
    {
        var sent = scenario.Report().RequestsSent;
        sent.ShouldSatisfyAllConditions(
            () => sent.Values.Sum().ShouldBeInRange(1, 1000, $"requests sent: {string.Join(", ", sent)}"),
            () => sent.GetValueOrDefault("create").ShouldBeInRange(1, 60, $"requests sent: {string.Join(", ", sent)}"),
            () => sent.GetValueOrDefault("reject").ShouldBeGreaterThan(0));
    }
}
