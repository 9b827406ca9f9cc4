using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary>
/// <c>PUT /v2.0/vpc/peerings/{id}/accept</c> and <c>/reject</c>: only the accepting tenant, only from
/// PENDING_ACCEPTANCE (409 otherwise, state unchanged). Both ignore any request body and content type. The reject
/// consults <see cref="FaultSwitches"/> at its named points: before, malformed id, unknown id, refusal, answer; both
/// tell <see cref="QuirkSwitches"/> of the transition and let it shape refusals (and a repeated reject).
/// </summary>
internal static class PeeringActionEndpoints
{
    public static async Task<IResult> Accept(string peeringId, HttpContext http, PeeringStore store, FaultSwitches faults, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ApiError.MalformedPeeringId();
        }

        var result = await store.TransitionAsync(id, http.Caller().TenantId, faults.AcceptRule);
        if (result.Outcome == TransitionOutcome.Forbidden
            && faults.RequesterAcceptRule is { } requesterAccept
            && await store.TransitionAsync(id, http.Caller().TenantId, requesterAccept) is { Outcome: TransitionOutcome.Done } faulted)
        {
            result = faulted;
        }

        quirks.Transitioned(result);
        if (result is { Outcome: TransitionOutcome.Conflict, Peering: { Status: PeeringStatus.Rejected } refused } && faults.TouchesRefusedAccepts)
        {
            store.Put(refused with { UpdatedAt = refused.UpdatedAt.AddSeconds(1) });
        }

        return result.Outcome == TransitionOutcome.Done
            ? JsonAnswer.With(PeeringJson.Fields(result.Peering!, quirks))
            : Refusal(id, result, faults.AcceptRule, faults, quirks);
    }

    public static async Task<IResult> Reject(string peeringId, HttpContext http, PeeringStore store, FaultSwitches faults, QuirkSwitches quirks)
    {
        await faults.DelayRejectAsync(http.RequestAborted);
        if (faults.DropsRejects)
        {
            http.Abort();
            return Results.Empty;
        }

        var hasBody = http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;
        if (faults.FailsOnRejectBody && hasBody)
        {
            throw new InvalidOperationException($"Fault {FaultCatalog.Error500OnRejectBody.Name}: a reject with a body fails.");
        }

        if (faults.RefusesJsonTypeWithoutBody && !hasBody && http.Request.HasJsonContentType())
        {
            return ApiError.BadRequest("The request body is not valid JSON.");
        }

        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            if (faults.FailsOnMalformedId)
            {
                throw new InvalidOperationException($"Fault {FaultCatalog.Error500OnMalformedId.Name}: a malformed id fails.");
            }

            return faults.EmptiesMalformedIdErrors ? JsonAnswer.With(new JsonObject(), StatusCodes.Status400BadRequest) : ApiError.MalformedPeeringId();
        }

        var caller = http.Caller();
        var result = await store.TransitionAsync(id, caller.TenantId, faults.RejectRule);
        quirks.Transitioned(result);
        if (faults.HidesRequesterReject(result, caller))
        {
            return Refusal(id, result with { Outcome = TransitionOutcome.Forbidden }, faults.RejectRule, faults, quirks);
        }

        if (result.Outcome == TransitionOutcome.Done)
        {
            faults.Rejected(result.Peering!, store);
            if (faults.EchoesTokenInRejectHeader)
            {
                http.Response.Headers["X-Debug-Caller"] = http.Request.Headers["X-Auth-Token"].ToString();
            }

            return Rejected(result.Peering!, faults, quirks);
        }

        if (result.Peering is null && faults.Resurrected(id) is { } resurrected)
        {
            store.Put(resurrected);
            return Rejected(resurrected, faults, quirks);
        }

        if (result.Peering is null && faults.RecordOfUnknownReject(id, caller) is { } leftBehind)
        {
            store.Put(leftBehind);
        }

        if (result.Peering is null && faults.FailsOnUnknownId)
        {
            throw new InvalidOperationException($"Fault {FaultCatalog.Error500OnUnknownId.Name}: an unknown id fails.");
        }

        if (result.Peering is null && faults.RefusesUnknownIdsAsBadRequests)
        {
            return ApiError.BadRequest($"Peering {id} is not a valid peering.");
        }

        if (result.Peering is null && faults.InventsUnknownPeerings)
        {
            return JsonAnswer.With(PeeringJson.Fields(FaultSwitches.InventRejectedPeering(id, caller), quirks));
        }

        if (result.Peering?.Status == PeeringStatus.Rejected && faults.FailsOnSecondReject)
        {
            throw new InvalidOperationException($"Fault {FaultCatalog.SecondReject500.Name}: a second reject fails.");
        }

        return quirks.RepeatsReject(result) ? Rejected(result.Peering!, faults, quirks) : Refusal(id, result, faults.RejectRule, faults, quirks);
    }

    private static IResult Rejected(PeeringRecord peering, FaultSwitches faults, QuirkSwitches quirks) =>
        JsonAnswer.With(faults.ShapeRejectBody(PeeringJson.Fields(peering, quirks)), faults.RejectSuccessStatus, faults.RejectContentType);

    private static IResult Refusal(Guid id, TransitionResult result, TransitionRule rule, FaultSwitches faults, QuirkSwitches quirks) => result.Outcome switch
    {
        TransitionOutcome.Conflict when faults.FailsOnWrongState => ApiError.InternalError(),
        TransitionOutcome.Forbidden when faults.RefusesRequesterInPlainText => Results.Text("Forbidden", "text/plain", statusCode: StatusCodes.Status403Forbidden),
        TransitionOutcome.Forbidden when !quirks.HidesPeeringsFromTheRequester => ApiError.Neutron(
            StatusCodes.Status403Forbidden, "Forbidden", $"Only the accepting tenant may {rule.Verb} peering {id}."),
        TransitionOutcome.Conflict => ApiError.Neutron(
            quirks.WrongStateStatus,
            "PeeringStateConflict",
            $"Peering {id} is {result.Peering!.Status}; only a {PeeringStatus.PendingAcceptance} peering can be {rule.Verb}ed."),
        _ => result.Peering is { } hidden ? faults.OutsiderRefusal(hidden) : ApiError.PeeringNotFound(id),
    };
}
