using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// The one place that decides what the active faults change. Endpoints consult it at a few named points; with no
/// fault on, every answer here is the clean behaviour.
/// </summary>
internal sealed class FaultSwitches
{
    /// <summary>With <c>refused-reject-applied-later</c>, how many shows after the refused reject still hide it: as many
    /// reads as a careful client makes after a settle window to see that nothing changed.</summary>
    private const int ShowsHidingALaterReject = 3;

    private readonly TimeSpan slowRejectDelay;
    private readonly HiddenChangeReads hiddenChangeReads;
    private readonly ConcurrentDictionary<Guid, PeeringRecord> deleted = new();
    private readonly ConcurrentDictionary<Guid, bool> deletedIds = new();

    public FaultSwitches(IReadOnlyCollection<string> names, TimeSpan slowRejectDelay)
    {
        Active = names.Select(name => FaultCatalog.Get(name).Name).ToHashSet(StringComparer.Ordinal);
        this.slowRejectDelay = slowRejectDelay;
        hiddenChangeReads = new HiddenChangeReads(IsOn(FaultCatalog.RefusedRejectAppliedLater)
            ? show => show <= ShowsHidingALaterReject
            : show => show % 2 == 1);
        AcceptRule = Faulted(TransitionRule.Accept with
        {
            From = IsOn(FaultCatalog.AcceptAfterReject)
                ? [PeeringStatus.PendingAcceptance, PeeringStatus.Rejected]
                : TransitionRule.Accept.From,
        });
        RejectRule = Faulted(TransitionRule.Reject with
        {
            FailsWhenOutrunBySame = IsOn(FaultCatalog.ConcurrentReject500),
            Actors = TransitionRule.Reject.Actors
                | (IsOn(FaultCatalog.RequesterCanReject) || HidesRequesterRejects ? PeeringParty.Requester : 0)
                | (IsOn(FaultCatalog.OutsiderCanReject) ? PeeringParty.Outsider : 0),
            From = IsOn(FaultCatalog.RejectFromActive)
                ? [PeeringStatus.PendingAcceptance, PeeringStatus.Active]
                : TransitionRule.Reject.From,
            Persist = !IsOn(FaultCatalog.StatusNotPersisted),
            KeepsDescription = !IsOn(FaultCatalog.RejectClearsDescription),
        });
    }

    public IReadOnlySet<string> Active { get; }

    private bool HidesRequesterRejects => IsOn(FaultCatalog.RefusedRejectHalfApplied) || IsOn(FaultCatalog.RefusedRejectAppliedLater);

    public TransitionRule AcceptRule { get; }

    public TransitionRule RejectRule { get; }

    /// <summary>With <c>requester-accepts-rejected</c>, the requester's way to accept a REJECTED peering; otherwise null.</summary>
    public TransitionRule? RequesterAcceptRule => IsOn(FaultCatalog.RequesterAcceptsRejected)
        ? TransitionRule.Accept with { Actors = PeeringParty.Requester, From = [PeeringStatus.Rejected] }
        : null;

    public bool TouchesRefusedAccepts => IsOn(FaultCatalog.RefusedAcceptTouchesUpdatedAt);

    public bool RendersErrorsAsHtml => IsOn(FaultCatalog.HtmlErrorPages);

    public bool PutsStackTracesInErrors => IsOn(FaultCatalog.StackTraceInErrors);

    public bool EchoesTokensInErrors => IsOn(FaultCatalog.TokenInErrors);

    public bool EscapesEchoedTokens => IsOn(FaultCatalog.EscapedTokenInErrors);

    public bool EchoesTokenInRejectHeader => IsOn(FaultCatalog.TokenInRejectHeader);

    public bool GetPerformsReject => IsOn(FaultCatalog.GetRejects);

    public bool FailsOnRejectBody => IsOn(FaultCatalog.Error500OnRejectBody);

    public bool RefusesJsonTypeWithoutBody => IsOn(FaultCatalog.JsonTypeWithoutBody400);

    public bool FailsOnMalformedId => IsOn(FaultCatalog.Error500OnMalformedId);

    public bool EmptiesMalformedIdErrors => IsOn(FaultCatalog.EmptyErrorOnMalformedId);

    public bool FailsOnWrongState => IsOn(FaultCatalog.ServerErrorForWrongState);

    public bool DropsRejects => IsOn(FaultCatalog.ConnectionResetOnReject);

    public bool FailsOnUnknownId => IsOn(FaultCatalog.Error500OnUnknownId);

    public bool InventsUnknownPeerings => IsOn(FaultCatalog.Ok200OnUnknownId);

    public bool FailsOnSecondReject => IsOn(FaultCatalog.SecondReject500);

    public bool RefusesUnknownIdsAsBadRequests => IsOn(FaultCatalog.UnknownId400);

    public int RejectSuccessStatus => IsOn(FaultCatalog.RejectReturns202) ? StatusCodes.Status202Accepted : StatusCodes.Status200OK;

    public string RejectContentType => IsOn(FaultCatalog.TextPlainContentType) ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";

    /// <summary>Who a request without a valid token or signature acts as: nobody, unless <c>no-auth</c> makes it the
    /// accepter, or <c>any-credentials-accepted</c> does so for a request that presents some token or signature.</summary>
    public TenantAccount? CallerWithoutValidToken(TenantDirectory directory, bool presentsCredentials) =>
        IsOn(FaultCatalog.NoAuth) || (IsOn(FaultCatalog.AnyCredentialsAccepted) && presentsCredentials) ? directory.ByRole(TenantRoles.Accepter) : null;

    /// <summary>With <c>plain-text-refusal-to-requester</c>, the requester's refusal is plain text instead of a JSON error.</summary>
    public bool RefusesRequesterInPlainText => IsOn(FaultCatalog.PlainTextRefusalToRequester);

    /// <summary>Holds the reject; a client that gives up (or a host that stops) ends the wait at once.</summary>
    public Task DelayRejectAsync(CancellationToken requestAborted) =>
        IsOn(FaultCatalog.SlowReject) ? Task.Delay(slowRejectDelay, requestAborted) : Task.CompletedTask;

    /// <summary>The reject's 200 body after the schema and semantics faults have bent it.</summary>
    public JsonNode ShapeRejectBody(JsonObject body)
    {
        if (IsOn(FaultCatalog.SwappedVpcInfos))
        {
            (body["request_vpc_info"], body["accept_vpc_info"]) = (body["accept_vpc_info"]?.DeepClone(), body["request_vpc_info"]?.DeepClone());
        }

        if (IsOn(FaultCatalog.WrongId))
        {
            body["id"] = Guid.NewGuid().ToString();
        }

        if (IsOn(FaultCatalog.OverLongName))
        {
            body["name"] = $"{body["name"]}-{new string('x', 64)}";
        }

        if (IsOn(FaultCatalog.MissingNameField))
        {
            body.Remove("name");
        }

        if (IsOn(FaultCatalog.LowercaseStatus))
        {
            body["status"] = body["status"]!.GetValue<string>().ToLower(CultureInfo.InvariantCulture);
        }

        if (IsOn(FaultCatalog.FractionalTimestampsInReject))
        {
            foreach (var field in new[] { "created_at", "updated_at" })
            {
                body[field] = $"{body[field]!.GetValue<string>()}.000Z";
            }
        }

        if (IsOn(FaultCatalog.NoTenantIdsInReject))
        {
            (body["request_vpc_info"] as JsonObject)?.Remove("tenant_id");
            (body["accept_vpc_info"] as JsonObject)?.Remove("tenant_id");
        }

        if (IsOn(FaultCatalog.WrongFieldTypes))
        {
            body["id"] = 4711;
            body["request_vpc_info"] = body["request_vpc_info"]!["vpc_id"]!.GetValue<string>();
            body["accept_vpc_info"] = body["accept_vpc_info"]!["vpc_id"]!.GetValue<string>();
        }

        return IsOn(FaultCatalog.WrappedRejectBody) ? new JsonObject { ["peering"] = body } : body;
    }

    /// <summary>With <c>refused-reject-half-applied</c> or <c>refused-reject-applied-later</c>, a requester's reject went
    /// through but must be answered 403, and shows hide the change (every other one, or the first few); true when that
    /// happened to <paramref name="result"/>.</summary>
    public bool HidesRequesterReject(TransitionResult result, TenantAccount caller)
    {
        if (!HidesRequesterRejects || result.Before is not { } before || before.PartyOf(caller.TenantId) != PeeringParty.Requester)
        {
            return false;
        }

        hiddenChangeReads.Remember(before);
        return true;
    }

    /// <summary>The peering as show sees it: after a hidden requester reject, possibly as it was before.</summary>
    public PeeringRecord AsShown(PeeringRecord peering) => HidesRequesterRejects ? hiddenChangeReads.Read(peering) : peering;

    /// <summary>The peering as <paramref name="caller"/> sees it in show and list: with <c>requester-sees-pending</c>, a
    /// rejected peering still pending to its requester.</summary>
    public PeeringRecord SeenBy(PeeringRecord peering, TenantAccount caller) =>
        IsOn(FaultCatalog.RequesterSeesPending) && peering.Status == PeeringStatus.Rejected && peering.PartyOf(caller.TenantId) == PeeringParty.Requester
            ? peering with { Status = PeeringStatus.PendingAcceptance }
            : peering;

    /// <summary>The refusal an outsider gets for an existing peering: with <c>refusal-reveals-peering</c> it names the
    /// peering and its VPCs; otherwise the plain not-found answer.</summary>
    public ApiError OutsiderRefusal(PeeringRecord peering) => IsOn(FaultCatalog.RefusalRevealsPeering)
        ? ApiError.NotFound("PeeringNotFound", $"Peering {peering.Id} ('{peering.Name}', {peering.RequestVpc.VpcId} to {peering.AcceptVpc.VpcId}) is not yours.")
        : ApiError.PeeringNotFound(peering.Id);

    /// <summary>Whether the list filtered by <paramref name="query"/> shows <paramref name="peering"/>: with
    /// <c>stale-pending-listing</c>, a REJECTED peering also under <c>status=PENDING_ACCEPTANCE</c>.</summary>
    public bool Lists(PeeringListQuery query, PeeringRecord peering) =>
        query.Matches(peering)
        || (IsOn(FaultCatalog.StalePendingListing) && peering.Status == PeeringStatus.Rejected && query.Status == PeeringStatus.PendingAcceptance
            && query.Matches(peering with { Status = PeeringStatus.PendingAcceptance }));

    /// <summary>With <c>reject-overwrites-siblings</c>, writes the description of the peering just rejected onto every
    /// other REJECTED peering between the same two VPCs.</summary>
    public void Rejected(PeeringRecord peering, PeeringStore store)
    {
        if (!IsOn(FaultCatalog.RejectOverwritesSiblings))
        {
            return;
        }

        var siblings = store.InIdOrder()
            .Where(other => other.Id != peering.Id && other.Status == PeeringStatus.Rejected && other.Connects(peering.RequestVpc.VpcId, peering.AcceptVpc.VpcId))
            .ToList();
        foreach (var sibling in siblings)
        {
            store.Update(sibling.Id, other => other with { Description = peering.Description });
        }
    }

    /// <summary>Remembers a deleted peering, which <c>reject-resurrects-deleted</c> can bring back and
    /// <c>reject-unknown-creates-record</c> leaves alone.</summary>
    public void Deleted(PeeringRecord peering)
    {
        if (IsOn(FaultCatalog.RejectResurrectsDeleted))
        {
            deleted[peering.Id] = peering;
        }

        if (IsOn(FaultCatalog.RejectUnknownCreatesRecord))
        {
            deletedIds[peering.Id] = true;
        }
    }

    /// <summary>With <c>reject-unknown-creates-record</c>, the REJECTED record a reject of an id never issued leaves
    /// behind (its answer stays 404); otherwise null.</summary>
    public PeeringRecord? RecordOfUnknownReject(Guid id, TenantAccount caller) =>
        IsOn(FaultCatalog.RejectUnknownCreatesRecord) && !deletedIds.ContainsKey(id) ? InventRejectedPeering(id, caller) : null;

    /// <summary>With <c>reject-resurrects-deleted</c>, the deleted peering of that id as a reject would bring it back
    /// (REJECTED); otherwise null.</summary>
    public PeeringRecord? Resurrected(Guid id) =>
        deleted.TryRemove(id, out var peering) ? peering with { Status = PeeringStatus.Rejected, UpdatedAt = ApiClock.Now() } : null;

    /// <summary>The made-up answer of <c>200-on-unknown-id</c>: a well-formed REJECTED peering that never existed.</summary>
    public static PeeringRecord InventRejectedPeering(Guid id, TenantAccount caller)
    {
        var now = ApiClock.Now();
        var stranger = new VpcInfo(Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"));
        return new(id, "peering", null, stranger, new VpcInfo(caller.VpcId, caller.TenantId), PeeringStatus.Rejected, now, now);
    }

    private bool IsOn(Fault fault) => Active.Contains(fault.Name);

    private TransitionRule Faulted(TransitionRule rule) =>
        IsOn(FaultCatalog.RaceBothSucceed) ? rule with { Unguarded = true } : rule;
}
