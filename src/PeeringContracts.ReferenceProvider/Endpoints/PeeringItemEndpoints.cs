using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary><c>GET</c>, <c>PUT</c> and <c>DELETE /v2.0/vpc/peerings/{id}</c>. A tenant that is neither side gets 404.</summary>
internal static class PeeringItemEndpoints
{
    public static IResult Show(string peeringId, HttpContext http, PeeringStore store, FaultSwitches faults, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ApiError.MalformedPeeringId();
        }

        var peering = store.Find(id);
        var caller = http.Caller();
        return peering is not null && peering.IsVisibleTo(caller.TenantId)
            ? JsonAnswer.With(PeeringJson.Wrapped(faults.AsShown(faults.SeenBy(quirks.AsRead(peering), caller)), quirks))
            : ApiError.PeeringNotFound(id);
    }

    public static async Task<IResult> Update(string peeringId, HttpContext http, PeeringStore store, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ApiError.MalformedPeeringId();
        }

        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(http.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var (request, problem) = UpdatePeeringRequest.From(body!);
        if (request is null)
        {
            return ApiError.BadRequest(problem!);
        }

        var party = store.Find(id)?.PartyOf(http.Caller().TenantId) ?? PeeringParty.Outsider;
        if (party == PeeringParty.Outsider)
        {
            return ApiError.PeeringNotFound(id);
        }

        if (!party.HasFlag(PeeringParty.Requester))
        {
            return ApiError.Neutron(StatusCodes.Status403Forbidden, "Forbidden", $"Only the requesting tenant may update peering {id}.");
        }

        var updated = store.Update(id, peering => peering with
        {
            Name = request.Name ?? peering.Name,
            Description = request.Description ?? peering.Description,
        });
        return updated is null ? ApiError.PeeringNotFound(id) : JsonAnswer.With(PeeringJson.Wrapped(updated, quirks));
    }

    public static IResult Delete(string peeringId, HttpContext http, PeeringStore store, FaultSwitches faults)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ApiError.MalformedPeeringId();
        }

        var peering = store.Find(id);
        if (peering is null || !peering.IsVisibleTo(http.Caller().TenantId) || !store.Remove(id))
        {
            return ApiError.PeeringNotFound(id);
        }

        faults.Deleted(peering);
        return Results.NoContent();
    }
}
