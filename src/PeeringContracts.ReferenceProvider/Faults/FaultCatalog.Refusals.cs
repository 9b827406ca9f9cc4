using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of refusals: what a malformed id, an unknown id, a second reject, a wrong state or a refused tenant is answered.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault Error500OnMalformedId = RefusalFault(
        new("500-on-malformed-id", "errors", "Rejecting a peering id that is not a UUID answers 500."),
        run => new()
        {
            BeforeReject = request => request.HasMalformedId
                ? throw run.Failure("a malformed id fails")
                : NoAnswer,
        });

    public static readonly Fault EmptyErrorOnMalformedId = RefusalFault(
        new("empty-error-on-malformed-id", "errors", "Rejecting a peering id that is not a UUID answers 400 with the empty JSON object `{}`."),
        _ => new()
        {
            BeforeReject = request => request.HasMalformedId
                ? Task.FromResult<IResult?>(JsonAnswer.With(new JsonObject(), StatusCodes.Status400BadRequest))
                : NoAnswer,
        });

    public static readonly Fault Error500OnUnknownId = RefusalFault(
        new("500-on-unknown-id", "errors", "Rejecting an unknown peering id answers 500."),
        run => new()
        {
            AfterReject = outcome => outcome.Result.Peering is null
                ? throw run.Failure("an unknown id fails")
                : null,
        });

    public static readonly Fault Error500OnNilUuid = RefusalFault(
        new("500-on-nil-uuid", "errors", "Rejecting the nil UUID `00000000-0000-0000-0000-000000000000` answers 500 (the provider takes the empty id for a missing one)."),
        run => new()
        {
            BeforeReject = request => Guid.TryParse(request.PeeringId, out var id) && id == Guid.Empty
                ? throw run.Failure("the nil UUID fails")
                : NoAnswer,
        });

    public static readonly Fault UnknownId400 = RefusalFault(
        new("400-on-unknown-id", "errors", "A reject of a well-formed id that names no peering answers 400 (with a NeutronError body) instead of 404."),
        _ => new()
        {
            AfterReject = outcome => outcome.Result.Peering is null ? ErrorAnswer.BadRequest($"Peering {outcome.Id} is not a valid peering.") : null,
        });

    public static readonly Fault Ok200OnUnknownId = RefusalFault(
        new("200-on-unknown-id", "errors", "Rejecting an unknown peering id answers 200 with a made-up REJECTED body."),
        _ => new()
        {
            AfterReject = outcome => outcome.Result.Peering is null
                ? JsonAnswer.With(PeeringRendering.Fields(InventedPeering.Rejected(outcome.Id, outcome.Caller), outcome.Quirks))
                : null,
        });

    public static readonly Fault SecondReject500 = RefusalFault(
        new("500-on-second-reject", "state", "Rejecting an already REJECTED peering answers 500."),
        run => new()
        {
            AfterReject = outcome => outcome.Result is { Outcome: not TransitionOutcome.Done, Peering.Status: StoredStatus.Rejected }
                ? throw run.Failure("a second reject fails")
                : null,
        });

    public static readonly Fault ServerErrorForWrongState = RefusalFault(
        new("500-for-wrong-state", "concurrency", "Accept and reject of a peering that is no longer PENDING_ACCEPTANCE answer 500 instead of 4xx, so a race's loser gets 500."),
        _ => new() { Refusal = (result, _) => result.Outcome == TransitionOutcome.Conflict ? ErrorAnswer.InternalError() : null });

    public static readonly Fault PlainTextRefusalToRequester = RefusalFault(
        new("plain-text-refusal-to-requester", "errors", "The 403 to the requesting tenant's reject or accept is the plain text `Forbidden`, not a JSON error body."),
        _ => new()
        {
            Refusal = (result, _) => result.Outcome == TransitionOutcome.Forbidden
                ? Results.Text("Forbidden", "text/plain", statusCode: StatusCodes.Status403Forbidden)
                : null,
        });

    public static readonly Fault RefusalRevealsPeering = RefusalFault(
        new("refusal-reveals-peering", "isolation", "The 404 to an unrelated tenant's reject names the peering and both its VPCs."),
        _ => new()
        {
            Refusal = (result, clean) => clean.StatusCode == StatusCodes.Status404NotFound && result.Peering is { } hidden
                ? ErrorAnswer.NotFound("PeeringNotFound", $"Peering {hidden.Id} ('{hidden.Name}', {hidden.RequestVpc.VpcId} to {hidden.AcceptVpc.VpcId}) is not yours.")
                : null,
        });

    private static Fault RefusalFault(Fault fault, Func<FaultRun, FaultHooks> hooks) => Declare(fault, FaultKind.Refusal, hooks);
}
