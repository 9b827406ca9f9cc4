using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.ProviderStates;

/// <summary>
/// The Pact provider states, shared with the consumer tests and the conformance suite. Setup creates a peering from
/// the requester's VPC to the accepter's VPC in the named status, named as the caller asks (else a fixed name), and
/// answers the name it gave with the id; teardown removes what setups of that state made.
/// </summary>
internal sealed class ProviderStateRegistry(PeeringStore store, TenantDirectory directory, QuirkSwitches quirks)
{
    private const string DefaultName = "pact-provider-state";

    private static readonly Dictionary<string, string?> StatusByState = new(StringComparer.Ordinal)
    {
        ["a pending peering request"] = StoredStatus.PendingAcceptance,
        ["an active peering"] = StoredStatus.Active,
        ["a rejected peering"] = StoredStatus.Rejected,
        ["no peering"] = null,
    };

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Guid>> createdByState = new(StringComparer.Ordinal);

    public static IEnumerable<string> Names => StatusByState.Keys;

    public static bool IsKnown(string state) => StatusByState.ContainsKey(state);

    public JsonObject SetUp(string state, string? name)
    {
        var requester = directory.ByRole(TenantRoles.Requester);
        var accepter = directory.ByRole(TenantRoles.Accepter);
        var peeringId = Guid.NewGuid();
        string? madeName = null;
        if (StatusByState[state] is { } status)
        {
            var peering = store.Add(
                name ?? DefaultName,
                null,
                new VpcSide(requester.VpcId, requester.TenantId),
                new VpcSide(accepter.VpcId, accepter.TenantId),
                status);
            createdByState.GetOrAdd(state, _ => new()).Enqueue(peering.Id);
            peeringId = peering.Id;
            madeName = peering.Name;
        }

        return new JsonObject
        {
            ["peeringId"] = quirks.PeeringId(peeringId),
            ["name"] = madeName,
            ["accepterToken"] = accepter.Token,
            ["requesterToken"] = requester.Token,
        };
    }

    public void TearDown(string state)
    {
        if (createdByState.TryRemove(state, out var created))
        {
            foreach (var id in created)
            {
                store.Remove(id);
            }
        }
    }
}
