using System.Collections.Concurrent;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>
/// Makes the <c>race-both-succeed</c> fault certain rather than a matter of timing: a transition that has passed its
/// check waits for a rival transition of the same peering before it writes, so two concurrent requests both pass the
/// check, both write and both answer 200, however slow the machine. A transition without a rival writes after
/// <see cref="Patience"/>.
/// </summary>
internal sealed class RivalRendezvous
{
    /// <summary>Far longer than two requests sent together take to arrive, even on a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> waiting = new();

    /// <summary>Waits for a rival of the same peering (at most <see cref="Patience"/>); whether one came.</summary>
    public async Task<bool> MeetAsync(Guid peeringId)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = waiting.GetOrAdd(peeringId, mine);
        if (first != mine)
        {
            waiting.TryRemove(KeyValuePair.Create(peeringId, first));
            first.TrySetResult();
            return true;
        }

        var met = await Task.WhenAny(mine.Task, Task.Delay(Patience)) == mine.Task;
        waiting.TryRemove(KeyValuePair.Create(peeringId, mine));
        return met;
    }
}
