using System.Collections.Concurrent;
using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The in-memory peerings. Every change is a compare-and-swap on one peering, so of two racing changes
/// exactly one wins and the loser sees the winner's state.</summary>
internal sealed class PeeringStore
{
    private readonly ConcurrentDictionary<Guid, PeeringRecord> peerings = new();
    private readonly Lock adding = new();
    private readonly RivalRendezvous rivals = new();

    public PeeringRecord Add(string name, string? description, VpcSide requestVpc, VpcSide acceptVpc, string status) =>
        AddUnlessBlocked(null, name, description, requestVpc, acceptVpc, status)!;

    /// <summary>Adds a peering unless an existing one <paramref name="blockedBy"/> matches (null when none can);
    /// check and add share a lock, so two racing adds cannot both pass.</summary>
    public PeeringRecord? AddUnlessBlocked(
        Func<PeeringRecord, bool>? blockedBy, string name, string? description, VpcSide requestVpc, VpcSide acceptVpc, string status)
    {
        lock (adding)
        {
            if (blockedBy is not null && peerings.Values.Any(blockedBy))
            {
                return null;
            }

            var now = ApiClock.Now();
            var peering = new PeeringRecord(
                Guid.NewGuid(), name, description, requestVpc, acceptVpc, status, now, now);
            peerings[peering.Id] = peering;
            return peering;
        }
    }

    public PeeringRecord? Find(Guid id) => peerings.GetValueOrDefault(id);

    /// <summary>Every peering in ascending id order, as the list documents it (OTC).</summary>
    public IEnumerable<PeeringRecord> InIdOrder() => peerings.Values.OrderBy(peering => peering.Id.ToString(), StringComparer.Ordinal);

    public bool Remove(Guid id) => peerings.TryRemove(id, out _);

    /// <summary>Stores a record as it is (the <c>reject-resurrects-deleted</c> and <c>reject-unknown-creates-record</c> faults).</summary>
    public void Put(PeeringRecord peering) => peerings[peering.Id] = peering;

    /// <summary>Applies <paramref name="change"/> until it wins against concurrent writers; null when the peering is gone.</summary>
    public PeeringRecord? Update(Guid id, Func<PeeringRecord, PeeringRecord> change)
    {
        while (peerings.TryGetValue(id, out var current))
        {
            var next = change(current) with { UpdatedAt = ApiClock.Now() };
            if (peerings.TryUpdate(id, next, current))
            {
                return next;
            }
        }

        return null;
    }

    public async Task<TransitionResult> TransitionAsync(Guid id, string tenantId, TransitionRule rule)
    {
        while (peerings.TryGetValue(id, out var current))
        {
            var outcome = rule.Judge(current, tenantId);
            if (outcome != TransitionOutcome.Done)
            {
                return new(outcome, current);
            }

            var next = current with { Status = rule.To, UpdatedAt = ApiClock.Now(), Description = rule.KeepsDescription ? current.Description : null };
            if (!rule.Persist)
            {
                return new(TransitionOutcome.Done, next, current);
            }

            if (rule.OverwritesAfter is { } wait && await wait(current, tenantId))
            {
                peerings[id] = next;
                return new(TransitionOutcome.Done, next, current);
            }

            if (rule.Unguarded || rule.FailsWhenOutrunBySame)
            {
                await rivals.MeetAsync(id);
            }

            if (rule.Unguarded)
            {
                peerings[id] = next;
                return new(TransitionOutcome.Done, next, current);
            }

            if (peerings.TryUpdate(id, next, current))
            {
                return new(TransitionOutcome.Done, next, current);
            }

            if (rule.FailsWhenOutrunBySame && peerings.TryGetValue(id, out var winner) && winner.Status == rule.To)
            {
                throw new InvalidOperationException($"Fault {FaultCatalog.ConcurrentReject500.Name}: a write that lost to the same change fails.");
            }
        }

        return new(TransitionOutcome.NotFound, null);
    }
}
