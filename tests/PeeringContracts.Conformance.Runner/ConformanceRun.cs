using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// One conformance run: reads the target settings, starts (or reaches) the target once before any check, and after the
/// last check cleans up what the run created and writes the report.
/// </summary>
// Parallelizable so the run's suite starts on NUnit's parallel shift: the end-of-run audit (NonParallelizable) then waits
// until every requirement test has finished, instead of running first on the non-parallel shift.
[SetUpFixture]
[Parallelizable]
public sealed class ConformanceRun
{
    private static ConformanceTarget? target;
    private static ConformanceReport? report;

    /// <summary>Why the run could not start (a setting missing or wrong, the target unreachable), or null.</summary>
    internal static string? Misconfiguration { get; private set; }

    internal static ConformanceTarget Target => target ?? throw new InvalidOperationException("The conformance run has not started.");

    internal static ConformanceReport Report => report ?? throw new InvalidOperationException("The conformance run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        try
        {
            var settings = TargetSettings.Load(RunSetting.Read);
            target = await EmbeddedTarget.StartAsync(settings, CancellationToken.None);
            report = new ConformanceReport(settings, target.Fixtures.ExpectedFromProvider);
            TestContext.Progress.WriteLine(
                $"Conformance run against {settings.DescribeTarget()}: auth {TargetSettings.WordFor(settings.Auth)}, profile {settings.Profile}, fixtures {settings.Fixtures}, " +
                $"seed {settings.Seed} (replay with {Setting.Seed}={settings.Seed}).");
        }
        catch (ConformanceConfigurationException misconfiguration)
        {
            // Every requirement test then fails with this one sentence (no stack trace of ours in each), naming the variable.
            Misconfiguration = $"The conformance run cannot start. {misconfiguration.Message}";
            TestContext.Progress.WriteLine(Misconfiguration);
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        if (target is null || report is null)
        {
            return;
        }

        try
        {
            // Audits what the audit test did not (a filtered run); the report then fails the requirements it names.
            report.AddAuditFindings(await target.AuditAsync(CancellationToken.None));
            report.AddCleanupProblems(await target.CleanUpAsync(CancellationToken.None));
            var directory = target.Settings.ReportDirectory ?? DefaultReportDirectory();
            var path = await ReportFiles.WriteAsync(report, directory, CancellationToken.None);
            TestContext.Progress.WriteLine($"Conformance report ({MarkdownReportWriter.Summary(report)}): {path}");
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    /// <summary><c>TestResults/</c> at the repository root (beside PeeringContracts.sln), else under the working directory.</summary>
    private static string DefaultReportDirectory() =>
        Path.Combine(RepositoryRoot.Located ?? TestContext.CurrentContext.WorkDirectory, "TestResults");
}
