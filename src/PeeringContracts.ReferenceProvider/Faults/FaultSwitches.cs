using System.Globalization;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// The one place that decides what the active faults change. Endpoints consult it at a few named points; with no
/// fault on, every answer here is the clean behaviour.
/// </summary>
internal sealed class FaultSwitches
{
    private readonly TimeSpan slowRejectDelay;

    public FaultSwitches(IReadOnlyCollection<string> names, TimeSpan slowRejectDelay)
    {
        Active = names.Select(name => FaultCatalog.Get(name).Name).ToHashSet(StringComparer.Ordinal);
        this.slowRejectDelay = slowRejectDelay;
        AcceptRule = Faulted(TransitionRule.Accept with
        {
            From = IsOn(FaultNames.AcceptAfterReject)
                ? [PeeringStatus.PendingAcceptance, PeeringStatus.Rejected]
                : TransitionRule.Accept.From,
        });
        RejectRule = Faulted(TransitionRule.Reject with
        {
            Actors = TransitionRule.Reject.Actors
                | (IsOn(FaultNames.RequesterCanReject) ? PeeringParty.Requester : 0)
                | (IsOn(FaultNames.OutsiderCanReject) ? PeeringParty.Outsider : 0),
            From = IsOn(FaultNames.RejectFromActive)
                ? [PeeringStatus.PendingAcceptance, PeeringStatus.Active]
                : TransitionRule.Reject.From,
            Persist = !IsOn(FaultNames.StatusNotPersisted),
        });
    }

    public IReadOnlySet<string> Active { get; }

    public TransitionRule AcceptRule { get; }

    public TransitionRule RejectRule { get; }

    public bool RendersErrorsAsHtml => IsOn(FaultNames.HtmlErrorPages);

    public bool PutsStackTracesInErrors => IsOn(FaultNames.StackTraceInErrors);

    public bool EchoesTokensInErrors => IsOn(FaultNames.TokenInErrors);

    public bool GetPerformsReject => IsOn(FaultNames.GetRejects);

    public bool FailsOnRejectBody => IsOn(FaultNames.Error500OnRejectBody);

    public bool FailsOnMalformedId => IsOn(FaultNames.Error500OnMalformedId);

    public bool FailsOnUnknownId => IsOn(FaultNames.Error500OnUnknownId);

    public bool InventsUnknownPeerings => IsOn(FaultNames.Ok200OnUnknownId);

    public bool FailsOnSecondReject => IsOn(FaultNames.SecondReject500);

    public int RejectSuccessStatus => IsOn(FaultNames.RejectReturns202) ? StatusCodes.Status202Accepted : StatusCodes.Status200OK;

    public string RejectContentType => IsOn(FaultNames.TextPlainContentType) ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";

    /// <summary>Who a request without a valid token or signature acts as: nobody, unless <c>no-auth</c> makes it the accepter.</summary>
    public TenantAccount? CallerWithoutValidToken(TenantDirectory directory) =>
        IsOn(FaultNames.NoAuth) ? directory.ByRole(TenantRoles.Accepter) : null;

    /// <summary>Holds the reject; a client that gives up (or a host that stops) ends the wait at once.</summary>
    public Task DelayRejectAsync(CancellationToken requestAborted) =>
        IsOn(FaultNames.SlowReject) ? Task.Delay(slowRejectDelay, requestAborted) : Task.CompletedTask;

    /// <summary>The reject's 200 body after the schema and semantics faults have bent it.</summary>
    public JsonNode ShapeRejectBody(JsonObject body)
    {
        if (IsOn(FaultNames.SwappedVpcInfos))
        {
            (body["request_vpc_info"], body["accept_vpc_info"]) = (body["accept_vpc_info"]?.DeepClone(), body["request_vpc_info"]?.DeepClone());
        }

        if (IsOn(FaultNames.WrongId))
        {
            body["id"] = Guid.NewGuid().ToString();
        }

        if (IsOn(FaultNames.OverLongName))
        {
            body["name"] = $"{body["name"]}-{new string('x', 64)}";
        }

        if (IsOn(FaultNames.MissingNameField))
        {
            body.Remove("name");
        }

        if (IsOn(FaultNames.LowercaseStatus))
        {
            body["status"] = body["status"]!.GetValue<string>().ToLower(CultureInfo.InvariantCulture);
        }

        if (IsOn(FaultNames.WrongFieldTypes))
        {
            body["id"] = 4711;
            body["request_vpc_info"] = body["request_vpc_info"]!["vpc_id"]!.GetValue<string>();
            body["accept_vpc_info"] = body["accept_vpc_info"]!["vpc_id"]!.GetValue<string>();
        }

        return IsOn(FaultNames.WrappedRejectBody) ? new JsonObject { ["peering"] = body } : body;
    }

    /// <summary>The made-up answer of <c>200-on-unknown-id</c>: a well-formed REJECTED peering that never existed.</summary>
    public static PeeringRecord InventRejectedPeering(Guid id, TenantAccount caller)
    {
        var now = ApiClock.Now();
        var stranger = new VpcInfo(Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"));
        return new(id, 0, "peering", null, stranger, new VpcInfo(caller.VpcId, caller.TenantId), PeeringStatus.Rejected, now, now);
    }

    private bool IsOn(string name) => Active.Contains(name);

    private TransitionRule Faulted(TransitionRule rule) =>
        IsOn(FaultNames.RaceBothSucceed) ? rule with { Unguarded = true } : rule;
}
