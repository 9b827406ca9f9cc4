using System.Collections.Concurrent;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// The read model of a refused request that changed the peering anyway: the n-th show after it (counting from 1) shows
/// the peering as it was before when <paramref name="showsBefore"/> says so, as if a replica or a queue lagged.
/// </summary>
internal sealed class HiddenChangeReads(Func<int, bool> showsBefore)
{
    private readonly ConcurrentDictionary<Guid, (PeeringRecord Before, int Shows)> changed = new();

    public void Remember(PeeringRecord before) => changed[before.Id] = (before, 0);

    public PeeringRecord Read(PeeringRecord current)
    {
        if (!changed.TryGetValue(current.Id, out var entry))
        {
            return current;
        }

        var shows = entry.Shows + 1;
        changed[current.Id] = (entry.Before, shows);
        return showsBefore(shows) ? entry.Before : current;
    }
}
