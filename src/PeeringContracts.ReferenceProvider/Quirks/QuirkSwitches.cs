using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Quirks;

/// <summary>
/// The one place that decides what the active quirks change: behaviours that are unusual but allowed. The pipeline,
/// the endpoints and the JSON renderings consult it at a few named points; with no quirk on, every answer here is
/// the plain behaviour.
/// </summary>
internal sealed class QuirkSwitches
{
    private const string GatewayPrefix = "/gw";
    private const int ThrottledRequestInterval = 5;
    private static readonly TimeSpan AnswerDelay = TimeSpan.FromMilliseconds(100);
    private readonly StaleReads staleReads;
    private int apiRequests;

    public QuirkSwitches(IReadOnlyCollection<string> names, TimeSpan readLag)
    {
        Active = names.Select(name => QuirkCatalog.Get(name).Name).ToHashSet(StringComparer.Ordinal);
        staleReads = new StaleReads(readLag);
    }

    public IReadOnlySet<string> Active { get; }

    /// <summary>Where every route lives: <c>""</c>, or <c>/gw</c> with <c>path-prefix</c>.</summary>
    public string BasePath => IsOn(QuirkCatalog.PathPrefix) ? GatewayPrefix : "";

    public bool HidesPeeringsFromTheRequester => IsOn(QuirkCatalog.NotFoundForOtherTenants);

    public int WrongStateStatus => IsOn(QuirkCatalog.BadRequestForWrongState) ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;

    public int MaxPageSize => IsOn(QuirkCatalog.ListPageSize2) ? 2 : int.MaxValue;

    /// <summary>False with <c>no-update-operation</c>: the update route is not mapped, so the framework answers its 405.</summary>
    public bool OffersUpdate => !IsOn(QuirkCatalog.NoUpdateOperation);

    /// <summary>The quirks of every answer, as middleware: throttling, its delay and its JSON content type.</summary>
    public async Task EveryAnswerAsync(HttpContext http, RequestDelegate next)
    {
        if (IsOn(QuirkCatalog.ThrottleEvery5th)
            && http.Request.Path.StartsWithSegments($"{BasePath}/v2.0", StringComparison.Ordinal)
            && Interlocked.Increment(ref apiRequests) % ThrottledRequestInterval == 0)
        {
            http.Response.Headers.RetryAfter = "0";
            await ErrorAnswer.Throttled().ExecuteAsync(http);
            return;
        }

        if (IsOn(QuirkCatalog.CharsetContentType))
        {
            http.Response.OnStarting(() =>
            {
                if (http.Response.ContentType == JsonAnswer.ContentType)
                {
                    http.Response.ContentType = "application/json;charset=UTF-8";
                }

                return Task.CompletedTask;
            });
        }

        if (IsOn(QuirkCatalog.SlowButInTime))
        {
            await Task.Delay(AnswerDelay, http.RequestAborted);
        }

        await next(http);
    }

    public string PeeringId(Guid id) => IsOn(QuirkCatalog.UppercaseIds) ? id.ToString().ToUpperInvariant() : id.ToString();

    public string TenantId(string tenantId) =>
        IsOn(QuirkCatalog.UuidTenantIds) && Guid.TryParse(tenantId, out var uuid) ? uuid.ToString() : tenantId;

    public void AddExtraFields(JsonObject fields, PeeringRecord peering)
    {
        if (IsOn(QuirkCatalog.ExtraFields))
        {
            fields["tenant_id"] = TenantId(peering.RequestVpc.TenantId);
            fields["project_id"] = TenantId(peering.RequestVpc.TenantId);
            fields["tags"] = new JsonArray();
            fields["links"] = new JsonObject { ["self"] = $"{BasePath}/v2.0/vpc/peerings/{PeeringId(peering.Id)}" };
        }
    }

    /// <summary>With <c>code-message-errors</c>, a NeutronError body becomes <c>{"code","message"}</c> with a code that names
    /// the error (<c>VPC.PeeringNotFound</c>); other shapes stay.</summary>
    public JsonObject ShapeError(JsonObject body) =>
        IsOn(QuirkCatalog.CodeMessageErrors) && body["NeutronError"] is JsonObject neutron
            ? new JsonObject { ["code"] = $"VPC.{neutron["type"]?.GetValue<string>()}", ["message"] = neutron["message"]?.DeepClone() }
            : body;

    /// <summary>A reject that found the peering REJECTED already, answered as a success by <c>idempotent-reject</c>.</summary>
    public bool RepeatsReject(TransitionResult result) =>
        IsOn(QuirkCatalog.IdempotentReject) && result is { Outcome: TransitionOutcome.Conflict, Peering.Status: StoredStatus.Rejected };

    /// <summary>Which existing peering stops a new one between these two VPCs: with <c>one-peering-per-vpc-pair</c> a
    /// pending or active one between them; without it none (null).</summary>
    public Func<PeeringRecord, bool>? BlocksNewPeering(string vpcId, string otherVpcId) =>
        IsOn(QuirkCatalog.OnePeeringPerVpcPair)
            ? existing => existing.Status is StoredStatus.PendingAcceptance or StoredStatus.Active && existing.Connects(vpcId, otherVpcId)
            : null;

    public void Transitioned(TransitionResult result)
    {
        if (IsOn(QuirkCatalog.LaggingReads) && result.Before is { } before)
        {
            staleReads.Remember(before);
        }
    }

    /// <summary>The peering as show and list see it: with <c>lagging-reads</c>, possibly as it was before its last transition.</summary>
    public PeeringRecord AsRead(PeeringRecord peering) => IsOn(QuirkCatalog.LaggingReads) ? staleReads.Read(peering) : peering;

    private bool IsOn(Quirk quirk) => Active.Contains(quirk.Name);
}
