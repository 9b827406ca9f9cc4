using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// The points at which a fault bends the clean provider, each named for where the provider consults it. A fault sets
/// only the hooks it needs; <see cref="ActiveFaults"/> applies those of every active fault in catalogue order, and of
/// the hooks that may answer, the first answer wins. A hook left unset keeps the clean behaviour.
/// </summary>
internal sealed record FaultHooks
{
    public static FaultHooks None { get; } = new();

    /// <summary>Who a request without a valid token or signature acts as; null: nobody.</summary>
    public Func<TenantDirectory, HttpRequest, TenantAccount?>? CallerWithoutValidCredentials { get; init; }

    /// <summary>What a request that authenticates as nobody is answered instead of the documented 401; null keeps the 401.</summary>
    public Func<HttpRequest, IResult?>? Unauthenticated { get; init; }

    /// <summary>Methods besides PUT that are routed to the reject too.</summary>
    public IReadOnlyList<string> AlsoRejectsOn { get; init; } = [];

    public Func<TransitionRule, TransitionRule>? AcceptRule { get; init; }

    public Func<TransitionRule, TransitionRule>? RejectRule { get; init; }

    /// <summary>The result an accept goes on with after its transition (the hook may transition again, or write).</summary>
    public Func<AcceptOutcome, Task<TransitionResult>>? AfterAccept { get; init; }

    /// <summary>Before the reject reads its id: an answer instead of the reject, or null to go on.</summary>
    public Func<RejectRequest, Task<IResult?>>? BeforeReject { get; init; }

    /// <summary>After the reject's transition: an answer instead of the provider's own, or null to go on.</summary>
    public Func<RejectOutcome, IResult?>? AfterReject { get; init; }

    /// <summary>The successful reject's body, from the documented fields.</summary>
    public Func<JsonObject, JsonObject>? RejectBody { get; init; }

    /// <summary>The successful reject's JSON text, once written from its body.</summary>
    public Func<string, string>? RejectText { get; init; }

    public int? RejectStatusCode { get; init; }

    /// <summary>The successful accept's body, from the documented fields.</summary>
    public Func<JsonObject, JsonObject>? AcceptBody { get; init; }

    /// <summary>The status of a successful create, instead of 201.</summary>
    public int? CreateStatusCode { get; init; }

    /// <summary>Told of every successful list answer before it is written (its headers may still change).</summary>
    public Action<HttpContext>? Listed { get; init; }

    /// <summary>What a show of a peering the caller cannot see answers, instead of the documented 404.</summary>
    public Func<ErrorAnswer, IResult>? ShowNotFound { get; init; }

    public string? RejectContentType { get; init; }

    /// <summary>An accept or reject refused with the given clean refusal: another answer, or null to keep it.</summary>
    public Func<TransitionResult, ErrorAnswer, IResult?>? Refusal { get; init; }

    /// <summary>The peering show or list answers, from the one the store and the quirks give.</summary>
    public Func<PeeringRead, PeeringRecord>? Read { get; init; }

    /// <summary>Whether the list also shows a peering that its filter does not match.</summary>
    public Func<ListFilter, PeeringRecord, bool>? AlsoLists { get; init; }

    /// <summary>Awaited before the delete removes a peering the caller (the tenant id) may delete.</summary>
    public Func<PeeringRecord, string, Task>? BeforeDelete { get; init; }

    /// <summary>Told of every peering the delete removed.</summary>
    public Action<PeeringRecord>? Deleted { get; init; }

    /// <summary>The Content-Type every error answer is labelled with, its JSON body unchanged.</summary>
    public string? ErrorContentType { get; init; }

    /// <summary>Writes every error answer (its status code set) instead of the JSON body.</summary>
    public Func<HttpContext, int, Task>? ErrorPage { get; init; }

    /// <summary>The error body from the documented one, instead of the shape the quirks give it (the fault wins).</summary>
    public Func<JsonObject, JsonObject>? ErrorShape { get; init; }

    /// <summary>The error body once shaped, told the X-Auth-Token the request sent.</summary>
    public Func<JsonObject, string, JsonObject>? ErrorBody { get; init; }

    /// <summary>The error body's JSON text, told the X-Auth-Token the request sent.</summary>
    public Func<string, string, string>? ErrorText { get; init; }
}
