using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The peering that <c>200-on-unknown-id</c> answers and <c>reject-unknown-creates-record</c> stores for an
/// id the provider never issued: a well-formed REJECTED peering to the caller's VPC from a stranger's.</summary>
internal static class InventedPeering
{
    public static PeeringRecord Rejected(Guid id, TenantAccount caller)
    {
        var now = ApiClock.Now();
        var stranger = new VpcSide(Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"));
        return new(id, "peering", null, stranger, new VpcSide(caller.VpcId, caller.TenantId), StoredStatus.Rejected, now, now);
    }
}
