using System.Collections.Concurrent;
using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Fixtures;

namespace PeeringContracts.Conformance.Running;

/// <summary>
/// The end-of-run audit. Every peering a refused request touched is kept (not released) until the end of the run and
/// then read again: its status and every field must still be as they were before the refusal, however late a provider
/// applies a queued change. A change fails the requirement whose request was refused. When a provider refuses to create
/// more peerings while these are kept (one live peering per VPC pair), the fixtures ask for an early audit to make room.
/// </summary>
public sealed class RefusalAudit
{
    private readonly ConcurrentDictionary<string, Refusal> recorded = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(Refusal Refusal, PeeringFixture Fixture)> kept = new();
    private readonly ConcurrentQueue<AuditFinding> findings = new();
    private int audited;

    /// <summary>How many peerings were audited so far: a run that refused nothing audits nothing.</summary>
    public int Audited => Volatile.Read(ref audited);

    /// <summary>Records that a request of <paramref name="requirementId"/> was refused and left <paramref name="before"/>.</summary>
    internal void Record(string requirementId, PeeringSnapshot before, string refusal) =>
        recorded.TryAdd(before.PeeringId, new Refusal(requirementId, before, refusal));

    /// <summary>Drops the record of refusals on <paramref name="peeringId"/>: a later request of the same check was meant
    /// to change it (the check had judged the refusals over the settle window already).</summary>
    internal void Forget(string peeringId) => recorded.TryRemove(peeringId, out _);

    /// <summary>Keeps <paramref name="fixture"/> for the audit when a refusal touched it; false when it may be released now.</summary>
    internal bool Keeps(PeeringFixture fixture)
    {
        if (!recorded.TryRemove(fixture.Id, out var refusal))
        {
            return false;
        }

        kept.Enqueue((refusal, fixture));
        return true;
    }

    /// <summary>Reads every kept peering again, records what changed, and releases it; returns every finding so far.</summary>
    public async Task<IReadOnlyList<AuditFinding>> RunAsync(
        Func<string, CheckContext> contextFor, Func<PeeringFixture, Task> release)
    {
        ArgumentNullException.ThrowIfNull(contextFor);
        ArgumentNullException.ThrowIfNull(release);
        while (kept.TryDequeue(out var entry))
        {
            if (await AuditAsync(contextFor(entry.Refusal.RequirementId), entry.Refusal) is { } finding)
            {
                findings.Enqueue(finding);
            }

            Interlocked.Increment(ref audited);
            await release(entry.Fixture);
        }

        return [.. findings];
    }

    private static async Task<AuditFinding?> AuditAsync(CheckContext context, Refusal entry)
    {
        try
        {
            var now = await PeeringSnapshot.ReadAsync(context, entry.Before.PeeringId);
            return entry.Before.ChangesTo(now) is { } changes
                ? new AuditFinding(entry.RequirementId,
                    $"peering {entry.Before.PeeringId} as it was before {entry.Description} ({entry.Before.Describe()}) when the run ended",
                    $"it changed after the check's own reads: {changes}")
                : null;
        }
        catch (PrerequisiteMissingException)
        {
            // Throttled beyond the budget, or the run's request budget spent: this peering could not be audited, which says
            // nothing against the provider.
            return null;
        }
        catch (Exception unreadable) when (unreadable is HelperRequestFailedException or Client.PeeringApiException or Client.PeeringTransportException)
        {
            return new AuditFinding(entry.RequirementId,
                $"peering {entry.Before.PeeringId} readable as before {entry.Description} when the run ended", unreadable.Message);
        }
    }

    /// <summary>A refused request of <see cref="RequirementId"/> (<see cref="Description"/>) and the peering as it was before it.</summary>
    private sealed record Refusal(string RequirementId, PeeringSnapshot Before, string Description);
}
