using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Model;

/// <summary>The three tenants the model plays, one client each.</summary>
internal sealed record ModelTenants(PeeringApiClient Requester, PeeringApiClient Accepter, PeeringApiClient Outsider)
{
    public PeeringApiClient For(TenantRole role) => role switch
    {
        TenantRole.Requester => Requester,
        TenantRole.Accepter => Accepter,
        _ => Outsider,
    };
}
