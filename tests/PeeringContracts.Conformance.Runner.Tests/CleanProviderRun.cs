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
        scenario.Run.ShouldSatisfyAllConditions(
            () => scenario.Run.ExitCode.ShouldBe(0, $"{scenario.Run}"),
            () => report.Verdict.ShouldBe("passed"),
            () => report.AsTests.ShouldBe(new TestCounts(ConformanceCatalog.Requirements.Count, 0, 0), $"the clean run's report:\n{reportText}"),
            () => TestOutcome.Count(TrxFile.Read(scenario.Run.Trx)).ShouldBe(new TestCounts(ConformanceCatalog.Requirements.Count + 2, 0, 0), $"the clean run's report:\n{reportText}"));
    }
}
