using PeeringContracts.Conformance.Settings;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// Every setting given, but nothing listens at <c>PEERING_BASE_URL</c>: the run could not start, one test fails with
/// the reason, every other test is skipped (not run, never passed), and the report of this run is written.
/// </summary>
public sealed class ClosedPortRun
{
    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync() => scenario = await ScenarioRun.StartAsync(new Dictionary<string, string>
    {
        [Setting.BaseUrl] = ClosedPort.Url().ToString(),
        [Setting.AccepterToken] = "accepter-token",
        [Setting.RequesterToken] = "requester-token",
        [Setting.RequesterVpcId] = "requester-vpc",
        [Setting.AccepterVpcId] = "accepter-vpc",
        [Setting.AccepterTenantId] = "accepter-tenant",
    });

    [OneTimeTearDown]
    public void Delete() => scenario.Dispose();

    [Test]
    public void The_run_could_not_start_fails_once_and_every_count_agrees()
    {
        var report = scenario.CountsAgree();
        var tests = TrxFile.Read(scenario.Run.Trx);
        scenario.Run.ShouldSatisfyAllConditions(
            () => scenario.Run.ExitCode.ShouldBe(1),
            () => report.Verdict.ShouldBe("could not start"),
            () => report.StartProblems.ShouldHaveSingleItem().ShouldStartWith($"{Setting.BaseUrl.Name}: "),
            () => report.AsTests.ShouldBe(new TestCounts(0, 0, ConformanceCatalog.Requirements.Count)),
            () => tests.Where(test => test.End == TestEnd.Failed).Select(test => test.Name).ShouldBe(["The_settings_load_and_the_target_answers"]),
            () => TestOutcome.Count(tests).ShouldBe(new TestCounts(0, 1, tests.Count - 1)));
    }
}
