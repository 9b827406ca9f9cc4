using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;

namespace PeeringContracts.Conformance.Running;

/// <summary>
/// One conformance run from its settings to its report, the one orchestration every driver uses (the NUnit runner, the
/// self-test): load the settings and reach the target, run requirements as the driver asks, audit the refused requests
/// once at the end, clean up, and write the report. A run that cannot start is a session too: its report says why, and
/// every requirement it is asked for is not run.
/// </summary>
public sealed class ConformanceSession : IAsyncDisposable
{
    /// <summary>What every requirement of a run that could not start says.</summary>
    public const string NotRunBecauseTheRunCouldNotStart = "not run: the run could not start (its reasons are the one failure of the run, and in the report).";

    private readonly ConformanceTarget? target;
    private readonly SemaphoreSlim finishing = new(1, 1);
    private bool finished;
    private int cleanedUp;
    private int checksRunning;
    private readonly Lazy<IReadOnlyList<CheckResult>> answerJudgements;

    private ConformanceSession(ConformanceTarget? target, ConformanceReport report)
    {
        this.target = target;
        Report = report;
        answerJudgements = new Lazy<IReadOnlyList<CheckResult>>(() => Target.JudgeEveryAnswer());
    }

    public ConformanceReport Report { get; }

    /// <summary>The target of a started run.</summary>
    public ConformanceTarget Target => target ?? throw new InvalidOperationException("The run could not start, so it has no target.");

    public bool CouldNotStart => target is null;

    /// <summary>How many requirements are running now: the end-of-run audit must find none.</summary>
    public int ChecksRunning => Volatile.Read(ref checksRunning);

    /// <summary>How many peerings the end-of-run audit has read again so far.</summary>
    public int Audited => target?.Audited ?? 0;

    /// <summary>
    /// Loads the settings through <paramref name="lookup"/> and reaches the target through <paramref name="connect"/>;
    /// <paramref name="starting"/> hears the run's first line before the target is contacted (a host that never answers
    /// is then still named at once). Never throws for a misconfiguration: the session then could not start.
    /// </summary>
    public static async Task<ConformanceSession> StartAsync(
        Func<string, string?> lookup,
        Func<TargetSettings, CancellationToken, Task<ConformanceTarget>> connect,
        Action<RunHeader> starting,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connect);
        ArgumentNullException.ThrowIfNull(starting);
        TargetSettings settings;
        try
        {
            settings = TargetSettings.Load(lookup);
        }
        catch (ConformanceConfigurationException misconfiguration)
        {
            var unloaded = RunHeader.Unloaded(lookup);
            starting(unloaded);
            return CouldNotStartWith(unloaded, misconfiguration);
        }

        var header = RunHeader.Of(settings);
        starting(header);
        try
        {
            var connected = await connect(settings, cancellationToken);
            return new ConformanceSession(connected, new ConformanceReport(header, connected.Fixtures.ExpectedFromProvider));
        }
        catch (ConformanceConfigurationException unreachable)
        {
            return CouldNotStartWith(header, unreachable);
        }
    }

    /// <summary>Runs one requirement (a run that could not start: records it as not run) and adds its result to the report.</summary>
    public async Task<CheckResult> RunAsync(string requirementId, CancellationToken cancellationToken)
    {
        var check = ConformanceCatalog.Get(requirementId);
        Interlocked.Increment(ref checksRunning);
        try
        {
            var result = target is null
                ? new CheckResult(check.Requirement, Verdict.NotRun, TimeSpan.Zero) { Problem = NotRunBecauseTheRunCouldNotStart }
                : await CheckRunner.RunAsync(check, target.ContextFor(check.Requirement, cancellationToken));
            Report.Add(result);
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref checksRunning);
        }
    }

    /// <summary>Reads again every peering a refused request touched and fails, in the report, each requirement whose
    /// refusal left a change; returns every finding so far. Call it after the last requirement; calling it again
    /// audits only what was refused since.</summary>
    public async Task<IReadOnlyList<AuditFinding>> AuditAsync(CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return [];
        }

        var findings = await target.AuditAsync(cancellationToken);
        Report.AddAuditFindings(findings);
        return findings;
    }

    /// <summary>Removes what the run created (once; later calls do nothing) and records in the report what could not be removed.</summary>
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        if (target is not null && Interlocked.Exchange(ref cleanedUp, 1) == 0)
        {
            Report.AddCleanupProblems(await target.CleanUpAsync(cancellationToken));
            Report.RequestsSent = target.RequestsByOperation();
        }
    }

    /// <summary>The verdict of one answer oracle (<paramref name="requirementId"/>) over every exchange of the run so far,
    /// fixtures, reads, the audit and cleanup included, added to the report. Every answer is judged once, at the first
    /// call: make it after the cleanup. A run that could not start records the oracle not run.</summary>
    public CheckResult JudgeEveryAnswer(string requirementId)
    {
        var requirement = OracleCatalog.Requirements.Single(oracle => oracle.Id == requirementId);
        var result = target is null
            ? new CheckResult(requirement, Verdict.NotRun, TimeSpan.Zero) { Problem = NotRunBecauseTheRunCouldNotStart }
            : answerJudgements.Value.Single(judged => judged.Requirement.Id == requirementId);
        Report.Add(result);
        return result;
    }

    /// <summary>Removes what the run created and writes the report into <paramref name="directory"/>; once per session.
    /// Returns the written document and the Markdown file's path. It does not audit: in a run whose filter left the
    /// audit out, a finding would change verdicts that the requirements' tests already gave.</summary>
    public async Task<(ReportDocument Document, string Path)> FinishAsync(string directory, bool partialReplacesFull, CancellationToken cancellationToken)
    {
        await finishing.WaitAsync(cancellationToken);
        try
        {
            if (!finished && target is not null)
            {
                await CleanUpAsync(cancellationToken);
            }

            finished = true;
            var document = ReportDocument.Of(Report, DateTimeOffset.UtcNow);
            return (document, await ReportFiles.WriteAsync(document, directory, partialReplacesFull, cancellationToken));
        }
        finally
        {
            finishing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        finishing.Dispose();
        if (target is not null)
        {
            await target.DisposeAsync();
        }
    }

    private static ConformanceSession CouldNotStartWith(RunHeader header, ConformanceConfigurationException problem) =>
        new(null, new ConformanceReport(header, new ExpectedFromProvider(), problem.Problems.Select(found => found.ToString()).ToList()));
}
