using PeeringContracts.Conformance.Reporting;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// <c>--filter "TestCategory=MUST"</c>: the partial report lists what was not selected and says how many were, and the
/// last full report beside it is left as it was.
/// </summary>
public sealed class FilteredRun
{
    private const string LastFullReport = "# the last full run's report\n";

    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync() => scenario = await ScenarioRun.StartAsync(
        new Dictionary<string, string>(),
        ["--filter", "TestCategory=MUST"],
        results => results.Write($"{ReportFiles.FullName}.md", LastFullReport));

    [OneTimeTearDown]
    public void Delete() => scenario.Dispose();

    [Test]
    public void The_partial_report_says_what_was_not_selected_and_every_count_agrees()
    {
        var report = scenario.CountsAgree(ReportFiles.PartialName);
        var should = ConformanceCatalog.Requirements.Where(requirement => requirement.LevelWord == "SHOULD").Select(requirement => requirement.Id).ToList();
        var selected = ConformanceCatalog.Requirements.Count - should.Count;
        scenario.Run.ShouldSatisfyAllConditions(
            () => report.NotSelected.ShouldBe(should),
            () => report.Summary.ShouldEndWith($"({selected} of {ConformanceCatalog.Requirements.Count} requirements selected)"),
            () => report.Passed.ShouldBe(selected),
            () => File.ReadAllText(scenario.Results.File($"{ReportFiles.FullName}.md")).ShouldBe(LastFullReport),
            () => File.Exists(scenario.Results.File($"{ReportFiles.FullName}.json")).ShouldBeFalse());
    }
}
