using System.Collections.Concurrent;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>
/// Collects the verdicts of one run (from parallel checks), what cleanup could not remove, and which expected values the
/// run's fixtures (<paramref name="expectedFromProvider"/>) could only take from the provider.
/// </summary>
public sealed class ConformanceReport(TargetSettings settings, ExpectedFromProvider expectedFromProvider)
{
    private readonly ConcurrentDictionary<string, CheckResult> results = new();
    private readonly ConcurrentQueue<string> cleanupProblems = new();
    private readonly ConcurrentDictionary<AuditFinding, bool> auditFindings = new();

    public string Target { get; } = settings.DescribeTarget();
    public AuthMode Auth { get; } = settings.Auth;
    public ConformanceProfile Profile { get; } = settings.Profile;
    public FixtureStrategy Fixtures { get; } = settings.Fixtures;
    public int Seed { get; } = settings.Seed;
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>The results in catalogue order (the requirement ids sort that way), each failed where the end-of-run audit found a change.</summary>
    public IReadOnlyList<CheckResult> Results => results.Values
        .Select(result => AuditFinding.ApplyAll(result, auditFindings.Keys))
        .OrderBy(result => result.Requirement.Id, StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<string> CleanupProblems => cleanupProblems.ToList();

    /// <summary>The compared fields whose expected value came from the provider's own word, not from the settings or the suite.</summary>
    public IReadOnlyList<string> ExpectedFromProvider => expectedFromProvider.Fields;

    public int Count(Verdict verdict) => Results.Count(result => result.Verdict == verdict);

    /// <summary>Failed when any check failed; warnings and checks not run do not fail a run, but no check passing does.</summary>
    public bool Passed => Count(Verdict.Failed) == 0 && Count(Verdict.Passed) > 0;

    public void Add(CheckResult result) => results[result.Requirement.Id] = result;

    /// <summary>Fails each requirement the end-of-run audit found a change for, with the audit's evidence. The audit
    /// returns every finding so far, so a finding added again changes nothing.</summary>
    public void AddAuditFindings(IEnumerable<AuditFinding> findings)
    {
        foreach (var finding in findings)
        {
            auditFindings.TryAdd(finding, true);
        }
    }

    public void AddCleanupProblems(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            cleanupProblems.Enqueue(problem);
        }
    }
}
