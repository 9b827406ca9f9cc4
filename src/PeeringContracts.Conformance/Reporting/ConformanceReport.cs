using System.Collections.Concurrent;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>
/// Collects the verdicts of one run (from parallel checks), what the end-of-run audit found, what cleanup could not
/// remove, and which expected values the run's fixtures could only take from the provider. A run that could not start
/// has <see cref="StartProblems"/> and judges nothing.
/// </summary>
public sealed class ConformanceReport(RunHeader header, ExpectedFromProvider expectedFromProvider, IReadOnlyList<string> startProblems)
{
    private readonly ConcurrentDictionary<string, CheckResult> results = new();
    private readonly ConcurrentQueue<string> cleanupProblems = new();
    private readonly ConcurrentDictionary<AuditFinding, bool> auditFindings = new();

    public ConformanceReport(RunHeader header, ExpectedFromProvider expectedFromProvider)
        : this(header, expectedFromProvider, [])
    {
    }

    public RunHeader Header { get; } = header;

    /// <summary>Why the run could not start, one sentence each (every setting that is missing or wrong, an unreachable target).</summary>
    public IReadOnlyList<string> StartProblems { get; } = startProblems;

    public bool CouldNotStart => StartProblems.Count > 0;

    /// <summary>The results in catalogue order (the requirement ids sort that way), each failed where the end-of-run audit found a change.</summary>
    public IReadOnlyList<CheckResult> Results => results.Values
        .Select(result => AuditFinding.ApplyAll(result, auditFindings.Keys))
        .OrderBy(result => result.Requirement.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The requirements of the catalogue this run did not run at all: a filtered run's.</summary>
    public IReadOnlyList<Requirement> NotSelected => ConformanceCatalog.Requirements
        .Where(requirement => !results.ContainsKey(requirement.Id))
        .ToList();

    /// <summary>Whether a filter left out part of the catalogue.</summary>
    public bool IsPartial => NotSelected.Count > 0;

    public IReadOnlyList<string> CleanupProblems => cleanupProblems.ToList();

    /// <summary>How many requests of each operation the run sent, counted once it cleaned up; empty before.</summary>
    public IReadOnlyList<(string Operation, int Count)> RequestsSent { get; set; } = [];

    /// <summary>The compared fields whose expected value came from the provider's own word, not from the settings or the suite.</summary>
    public IReadOnlyList<string> ExpectedFromProvider => expectedFromProvider.Fields;

    public int Count(Verdict verdict) => Results.Count(result => result.Verdict == verdict);

    /// <summary>Failed when any check failed or the run could not start; warnings and checks not run do not fail a run, but no check passing does.</summary>
    public bool Passed => !CouldNotStart && Count(Verdict.Failed) == 0 && Count(Verdict.Passed) > 0;

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
