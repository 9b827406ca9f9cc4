using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Running;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// One conformance run as NUnit drives it: the session starts (or reaches) the target once before any check and says
/// so on the first line; after the last check it audits, cleans up and writes the report, whatever happened, a run that
/// could not start included, and says so on the last line.
/// </summary>
[SetUpFixture]
public sealed class ConformanceRun
{
    private static ConformanceSession? session;

    internal static ConformanceSession Session => session ?? throw new InvalidOperationException("The conformance run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        session = await ConformanceSession.StartAsync(RunSetting.Read, EmbeddedTarget.StartAsync,
            header => TestContext.Progress.WriteLine(header.Describe()), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        await using var finishing = Session;
        var fallback = Path.Combine(RepositoryRoot.Located ?? TestContext.CurrentContext.WorkDirectory, "TestResults");
        var replaces = !finishing.CouldNotStart && finishing.Target.Settings.PartialReportReplacesFull;
        var (document, path) = await finishing.FinishAsync(ReportLocation.Directory(RunSetting.Read, fallback), replaces, CancellationToken.None);
        await TestContext.Progress.WriteLineAsync($"{document.Verdict}: {document.Summary} — report: {path}");
    }
}
