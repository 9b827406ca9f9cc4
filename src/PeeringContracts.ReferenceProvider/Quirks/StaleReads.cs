using System.Collections.Concurrent;
using System.Diagnostics;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Quirks;

/// <summary>The eventually consistent read model of <c>lagging-reads</c>: for <paramref name="lag"/> after a
/// transition, reads see the peering as it was before it.</summary>
internal sealed class StaleReads(TimeSpan lag)
{
    private readonly ConcurrentDictionary<Guid, (PeeringRecord Before, long Since)> previous = new();

    public void Remember(PeeringRecord before) => previous[before.Id] = (before, Stopwatch.GetTimestamp());

    public PeeringRecord Read(PeeringRecord current)
    {
        if (!previous.TryGetValue(current.Id, out var entry))
        {
            return current;
        }

        if (Stopwatch.GetElapsedTime(entry.Since) < lag)
        {
            return entry.Before;
        }

        previous.TryRemove(KeyValuePair.Create(current.Id, entry));
        return current;
    }
}
