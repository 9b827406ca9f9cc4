using System.Collections.Concurrent;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>
/// Makes the <c>reject-revives-concurrent-delete</c> fault certain whenever the accepting tenant's reject and delete of
/// one pending peering arrive together, in either order: each waits for the other after its check (at most
/// <see cref="RivalRendezvous.Patience"/>), the delete then removes the peering, and the reject, once told of the
/// removal, writes it back. Alone, each goes on as the clean provider does after that wait.
/// </summary>
internal sealed class DeleteRendezvous
{
    private readonly RivalRendezvous meeting = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> removals = new();

    /// <summary>The reject's wait: true when a delete met it and removed the peering, so the reject overwrites.</summary>
    public async Task<bool> RejectAsync(PeeringRecord pending, string tenantId)
    {
        if (pending.PartyOf(tenantId) != PeeringParty.Accepter || !await meeting.MeetAsync(pending.Id))
        {
            return false;
        }

        var removed = Removal(pending.Id).Task;
        return await Task.WhenAny(removed, Task.Delay(RivalRendezvous.Patience)) == removed;
    }

    /// <summary>The delete's wait, for the accepting tenant's delete of a pending peering only: the requester's deletes
    /// (every run's cleanup) go on at once.</summary>
    public Task DeleteAsync(PeeringRecord peering, string tenantId) =>
        peering.Status == StoredStatus.PendingAcceptance && peering.PartyOf(tenantId) == PeeringParty.Accepter
            ? meeting.MeetAsync(peering.Id)
            : Task.CompletedTask;

    public void Removed(PeeringRecord peering) => Removal(peering.Id).TrySetResult();

    private TaskCompletionSource Removal(Guid id) => removals.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
