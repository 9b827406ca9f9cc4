using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary>The seven operations of the peering API (six with <c>no-update-operation</c>), all behind
/// <see cref="CallerAuthentication"/>. A method not mapped here on a known path gets the framework's 405 with
/// <c>Allow</c>, turned into JSON by the status-code pages.</summary>
internal static class PeeringRoutes
{
    public static void Map(IEndpointRouteBuilder app, ActiveFaults faults, QuirkSwitches quirks)
    {
        var peerings = app.MapGroup("/v2.0/vpc/peerings").AddEndpointFilter(CallerAuthentication.RequireCaller);
        peerings.MapPost("", PeeringCollectionEndpoints.Create);
        peerings.MapGet("", PeeringCollectionEndpoints.List);
        peerings.MapGet("/{peeringId}", PeeringItemEndpoints.Show);
        if (quirks.OffersUpdate)
        {
            peerings.MapPut("/{peeringId}", PeeringItemEndpoints.Update);
        }

        peerings.MapDelete("/{peeringId}", PeeringItemEndpoints.Delete);
        peerings.MapPut("/{peeringId}/accept", PeeringActionEndpoints.Accept);
        peerings.MapMethods("/{peeringId}/reject", faults.RejectMethods, PeeringActionEndpoints.Reject);
    }
}
