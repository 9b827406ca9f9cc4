using PeeringContracts.Conformance.Settings;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>Only <c>PEERING_BASE_URL</c> set: every missing variable is named in the one failure, each printed once.</summary>
public sealed class MissingSettingsRun
{
    private static readonly Setting[] Missing =
        [Setting.AccepterToken, Setting.RequesterToken, Setting.RequesterVpcId, Setting.AccepterVpcId, Setting.AccepterTenantId];

    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync() =>
        scenario = await ScenarioRun.StartAsync(new Dictionary<string, string> { [Setting.BaseUrl] = ClosedPort.Url().ToString() });

    [OneTimeTearDown]
    public void Delete() => scenario.Dispose();

    [Test]
    public void Every_missing_variable_is_named_once_in_one_failure_and_every_count_agrees()
    {
        var report = scenario.CountsAgree();
        var lines = scenario.Run.Output.Split('\n');
        scenario.Run.ShouldSatisfyAllConditions(
            () => report.Verdict.ShouldBe("could not start"),
            () => report.StartProblems.Select(problem => problem.Split(':')[0]).ShouldBe(Missing.Select(setting => setting.Name)),
            () => TestOutcome.Count(TrxFile.Read(scenario.Run.Trx)).Failed.ShouldBe(1),
            () => Missing.Select(setting => (setting.Name, Printed: lines.Count(line => line.Contains($"{setting.Name}: not set", StringComparison.Ordinal))))
                .ShouldAllBe(printed => printed.Printed == 1, $"{scenario.Run}"));
    }
}
