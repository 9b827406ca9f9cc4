using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// <c>PEERING_PROFILE=documented</c> against a live provider without the outsider tenant: the requirements that
/// play it did not run, and every count says skipped for them, never passed.
/// </summary>
public sealed class DocumentedProfileWithoutOutsiderRun
{
    private static readonly string[] PlayTheOutsider = ["REJ-016", "REJ-026", "REJ-030", "REJ-045", "REJ-046", "REJ-047"];

    private ReferenceProviderHost provider = null!;
    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync()
    {
        provider = await ReferenceProviderHost.StartAsync();
        var settings = EmbeddedProviderSettings.For(provider);
        var environment = Setting.All.Where(setting => setting != Setting.OutsiderToken)
            .Select(setting => (setting.Name, Value: settings(setting.Name)))
            .Where(entry => entry.Value is not null)
            .ToDictionary(entry => entry.Name, entry => entry.Value!, StringComparer.Ordinal);
        environment[Setting.Profile] = "documented";
        scenario = await ScenarioRun.StartAsync(environment);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        scenario.Dispose();
        await provider.DisposeAsync();
    }

    [Test]
    public void The_outsider_requirements_are_not_run_and_counted_skipped_everywhere()
    {
        var report = scenario.CountsAgree();
        var skipped = TrxFile.Read(scenario.Run.Trx).Where(test => test.End == TestEnd.Skipped).Select(test => test.Name[..7]).Order(StringComparer.Ordinal);
        scenario.Run.ShouldSatisfyAllConditions(
            () => scenario.Run.ExitCode.ShouldBe(0, $"{scenario.Run}"),
            () => report.Verdict.ShouldBe("passed"),
            () => report.WithVerdict("not run").ShouldBe(PlayTheOutsider),
            () => report.Passed.ShouldBe(ConformanceCatalog.Requirements.Count - PlayTheOutsider.Length),
            () => skipped.ShouldBe(PlayTheOutsider));
    }
}
