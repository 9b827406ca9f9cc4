namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// A results folder an earlier run left its files in (another assembly's JUnit and TRX, this assembly's older ones, its
/// run ids), as the README's gate commands leave <c>TestResults/</c>: the summary counts this run only.
/// </summary>
public sealed class StaleResultsFolderRun
{
    private const string EarlierRun = "4711_an-earlier-run";
    private const string OtherAssembly = "PeeringContracts.Schemas.Tests";

    private ScenarioRun scenario = null!;

    [OneTimeSetUp]
    public async Task RunAsync() => scenario = await ScenarioRun.StartAsync(
        new Dictionary<string, string>(), ["--filter", "Name~REJ-009"], LeaveAnEarlierRun);

    [OneTimeTearDown]
    public void Delete() => scenario.Dispose();

    [Test]
    public void The_summary_counts_only_this_run()
    {
        scenario.CountsAgree(Reporting.ReportFiles.PartialName);
        var summary = JUnitSummaryScript.Run(scenario.Results.Path);
        scenario.Run.ShouldSatisfyAllConditions(
            () => summary.ShouldBe((0, new TestCounts(1, 0, 0))),
            () => File.Exists(scenario.Results.File($"{OtherAssembly}.junit.xml")).ShouldBeTrue("the earlier run's file stays; it is not counted"));
    }

    private static void LeaveAnEarlierRun(TestSupport.TemporaryFolder results)
    {
        results.Write($"{OtherAssembly}.junit.xml", JUnitOf(OtherAssembly, tests: 621, failures: 7));
        results.Write($"{RunnerRun.AssemblyName}.junit.xml", JUnitOf(RunnerRun.AssemblyName, tests: 42, failures: 5));
        results.Write("_vm_2026-12-02_07_00_00.trx", "<TestRun />");
        Directory.CreateDirectory(results.File("run-ids"));
        foreach (var name in new[] { "latest", OtherAssembly, RunnerRun.AssemblyName })
        {
            results.Write(Path.Combine("run-ids", name), EarlierRun + "\n");
        }
    }

    private static string JUnitOf(string assembly, int tests, int failures) =>
        $"""<testsuites><testsuite name="{assembly}.dll" tests="{tests}" skipped="0" failures="{failures}" errors="0"></testsuite></testsuites>""";
}
