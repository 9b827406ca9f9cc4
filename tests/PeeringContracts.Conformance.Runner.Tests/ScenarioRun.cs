using PeeringContracts.Conformance.Reporting;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// One scenario: the runner run as the README's CI gate runs it,
/// <c>dotnet test tests/PeeringContracts.Conformance.Runner --settings runsettings/ci.runsettings --results-directory FOLDER</c>,
/// with the scenario's variables and arguments, into a fresh folder of its own (deleted on dispose).
/// </summary>
public sealed class ScenarioRun : IDisposable
{
    private ScenarioRun(TemporaryFolder results, RunnerRun run)
    {
        Results = results;
        Run = run;
    }

    public TemporaryFolder Results { get; }

    public RunnerRun Run { get; }

    /// <summary>Runs the runner with exactly <paramref name="environment"/> as its <c>PEERING_*</c> variables, with
    /// <paramref name="arguments"/> added (a filter), in a folder that holds what <paramref name="prepare"/> leaves there.</summary>
    public static async Task<ScenarioRun> StartAsync(
        IReadOnlyDictionary<string, string> environment, IEnumerable<string>? arguments = null, Action<TemporaryFolder>? prepare = null)
    {
        var results = new TemporaryFolder();
        prepare?.Invoke(results);
        var command = new[] { "test", "tests/PeeringContracts.Conformance.Runner", "--settings", "runsettings/ci.runsettings", "--results-directory", results.Path };
        return new ScenarioRun(results, await DotnetTest.RunAsync(command.Concat(arguments ?? []), environment, results.Path));
    }

    public JsonReport Report(string name = ReportFiles.FullName) => JsonReport.Read(Results.File($"{name}.json"));

    /// <summary>
    /// The closing line, the JSON report, TRX, JUnit, the console's totals and <c>scripts/junit-summary.sh</c> tell the
    /// same counts: the requirements' tests as the report counts them (warnings and not-run skipped, never passed), and
    /// all tests of the run alike in every results file.
    /// </summary>
    public JsonReport CountsAgree(string reportName = ReportFiles.FullName)
    {
        var report = Report(reportName);
        var trx = TrxFile.Read(Run.Trx);
        var junit = JUnitFile.Read(Run.JUnit);
        var all = TestOutcome.Count(trx);
        Run.ShouldSatisfyAllConditions(
            () => Run.ClosingLines.ShouldBe([$"{report.Verdict}: {report.Summary} — report: {Results.File($"{reportName}.md")}"], $"{Run}"),
            () => TestOutcome.Count(trx.Where(test => test.IsRequirement)).ShouldBe(report.AsTests, "TRX, the requirements' tests"),
            () => TestOutcome.Count(junit.Where(test => test.IsRequirement)).ShouldBe(report.AsTests, "JUnit, the requirements' tests"),
            () => TestOutcome.Count(junit).ShouldBe(all, "JUnit against TRX, all tests"),
            () => Run.ConsoleTotals.ShouldBe(all, "the console's totals against TRX"),
            () => JUnitSummaryScript.Run(Results.Path).Counts.ShouldBe(all, "scripts/junit-summary.sh against TRX"));
        return report;
    }

    public void Dispose() => Results.Dispose();
}
