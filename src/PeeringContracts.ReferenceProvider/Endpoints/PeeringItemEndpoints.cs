using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary><c>GET</c>, <c>PUT</c> and <c>DELETE /v2.0/vpc/peerings/{id}</c>. A tenant that is neither side gets 404.</summary>
internal static class PeeringItemEndpoints
{
    public static IResult Show(string peeringId, HttpContext http, PeeringStore store, ActiveFaults faults, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ErrorAnswer.MalformedPeeringId();
        }

        var peering = store.Find(id);
        var caller = http.Caller();
        return peering is not null && peering.IsVisibleTo(caller.TenantId)
            ? JsonAnswer.With(PeeringRendering.Wrapped(faults.Read(new(quirks.AsRead(peering), caller, IsShow: true)), quirks))
            : faults.ShowNotFound(ErrorAnswer.PeeringNotFound(id));
    }

    public static async Task<IResult> Update(string peeringId, HttpContext http, PeeringStore store, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ErrorAnswer.MalformedPeeringId();
        }

        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(http.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var (request, problem) = UpdateBody.From(body!);
        if (request is null)
        {
            return ErrorAnswer.BadRequest(problem!);
        }

        var party = store.Find(id)?.PartyOf(http.Caller().TenantId) ?? PeeringParty.Outsider;
        if (party == PeeringParty.Outsider)
        {
            return ErrorAnswer.PeeringNotFound(id);
        }

        if (!party.HasFlag(PeeringParty.Requester))
        {
            return ErrorAnswer.Neutron(StatusCodes.Status403Forbidden, "Forbidden", $"Only the requesting tenant may update peering {id}.");
        }

        var updated = store.Update(id, peering => peering with
        {
            Name = request.Name ?? peering.Name,
            Description = request.Description ?? peering.Description,
        });
        return updated is null ? ErrorAnswer.PeeringNotFound(id) : JsonAnswer.With(PeeringRendering.Wrapped(updated, quirks));
    }

    public static async Task<IResult> Delete(string peeringId, HttpContext http, PeeringStore store, ActiveFaults faults)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ErrorAnswer.MalformedPeeringId();
        }

        var tenantId = http.Caller().TenantId;
        var peering = store.Find(id);
        if (peering is null || !peering.IsVisibleTo(tenantId))
        {
            return ErrorAnswer.PeeringNotFound(id);
        }

        await faults.BeforeDeleteAsync(peering, tenantId);
        if (!store.Remove(id))
        {
            return ErrorAnswer.PeeringNotFound(id);
        }

        faults.Deleted(peering);
        return Results.NoContent();
    }
}
