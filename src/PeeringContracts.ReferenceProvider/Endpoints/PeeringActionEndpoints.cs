using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary>
/// <c>PUT /v2.0/vpc/peerings/{id}/accept</c> and <c>/reject</c>: only the accepting tenant, only from
/// PENDING_ACCEPTANCE (409 otherwise, state unchanged). Both ignore any request body and content type. The active
/// faults come in at the hook points of <see cref="ActiveFaults"/> (the transition rules, after the accept, before and
/// after the reject, the reject's answer, the refusals); the quirks are told of the transition and shape refusals (and
/// a repeated reject).
/// </summary>
internal static class PeeringActionEndpoints
{
    public static async Task<IResult> Accept(string peeringId, HttpContext http, PeeringStore store, ActiveFaults faults, QuirkSwitches quirks)
    {
        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ErrorAnswer.MalformedPeeringId();
        }

        var tenantId = http.Caller().TenantId;
        var transitioned = await store.TransitionAsync(id, tenantId, faults.AcceptRule);
        var result = await faults.AfterAcceptAsync(new(store, id, tenantId, transitioned));
        quirks.Transitioned(result);
        return result.Outcome == TransitionOutcome.Done
            ? JsonAnswer.With(faults.AcceptedBody(PeeringRendering.Fields(result.Peering!, quirks)))
            : Refusal(id, result, faults.AcceptRule, faults, quirks);
    }

    public static async Task<IResult> Reject(string peeringId, HttpContext http, PeeringStore store, ActiveFaults faults, QuirkSwitches quirks)
    {
        if (await faults.BeforeRejectAsync(new(http, peeringId)) is { } interrupted)
        {
            return interrupted;
        }

        if (!PeeringIds.TryParse(peeringId, out var id))
        {
            return ErrorAnswer.MalformedPeeringId();
        }

        var caller = http.Caller();
        var result = await store.TransitionAsync(id, caller.TenantId, faults.RejectRule);
        quirks.Transitioned(result);
        IResult Rejected(PeeringRecord peering) => faults.RejectedAnswer(PeeringRendering.Fields(peering, quirks));
        IResult Refused(TransitionResult refused) => Refusal(id, refused, faults.RejectRule, faults, quirks);
        return faults.AfterReject(new(http, store, quirks, id, caller, result, Rejected, Refused))
            ?? (result.Outcome == TransitionOutcome.Done || quirks.RepeatsReject(result) ? Rejected(result.Peering!) : Refused(result));
    }

    private static IResult Refusal(Guid id, TransitionResult result, TransitionRule rule, ActiveFaults faults, QuirkSwitches quirks) => faults.Refusal(
        result,
        result.Outcome switch
        {
            TransitionOutcome.Forbidden when !quirks.HidesPeeringsFromTheRequester => ErrorAnswer.Neutron(
                StatusCodes.Status403Forbidden, "Forbidden", $"Only the accepting tenant may {rule.Verb} peering {id}."),
            TransitionOutcome.Conflict => ErrorAnswer.Neutron(
                quirks.WrongStateStatus,
                "PeeringStateConflict",
                $"Peering {id} is {result.Peering!.Status}; only a {StoredStatus.PendingAcceptance} peering can be {rule.Verb}ed."),
            _ => ErrorAnswer.PeeringNotFound(id),
        });
}
