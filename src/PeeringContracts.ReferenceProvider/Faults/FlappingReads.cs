using System.Collections.Concurrent;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The read model of <c>refused-reject-half-applied</c>: a peering changed by a refused request is shown as it
/// was before on every other show (the first included), as if one of two replicas never saw the change.</summary>
internal sealed class FlappingReads
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
        return shows % 2 == 1 ? entry.Before : current;
    }
}
