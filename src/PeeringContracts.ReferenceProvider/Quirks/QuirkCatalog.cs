namespace PeeringContracts.ReferenceProvider.Quirks;

/// <summary>Every quirk the reference provider can switch on. Each entry is the quirk's identifier: switches,
/// tests and the README table all refer to it, so adding a quirk starts with one line here.</summary>
public static class QuirkCatalog
{
    // Declared before the entries: static fields initialise in textual order, and each entry adds itself here.
    private static readonly List<Quirk> Entries = [];

    public static readonly Quirk CharsetContentType = Add(new("charset-content-type", "Every JSON answer says Content-Type `application/json;charset=UTF-8`.", "facts (documented): the response is `application/json`, a `charset` parameter may follow"));
    public static readonly Quirk UppercaseIds = Add(new("uppercase-ids", "Peering ids are issued and echoed as upper-case UUIDs; lookups accept either case.", "[SEED] (documented): `id` is a UUID; UUIDs are case-insensitive on input (RFC 9562)"));
    public static readonly Quirk UuidTenantIds = Add(new("uuid-tenant-ids", "Every response shows tenant ids as hyphenated UUIDs (8-4-4-4-12); requests may use either form.", "facts (documented): `tenant_id` is 32 hex characters or a hyphenated UUID"));
    public static readonly Quirk ExtraFields = Add(new("extra-fields", "Every peering object, the reject answer too, carries extra fields: `tenant_id`, `project_id`, `tags`, `links`.", "facts (documented): a conforming provider may add fields"));
    public static readonly Quirk NotFoundForOtherTenants = Add(new("not-found-for-other-tenants", "The requesting tenant gets 404, like an outsider, when it rejects or accepts.", "facts (inferred from [SEED]): the requester or an outsider gets 403 or 404, never 200"));
    public static readonly Quirk IdempotentReject = Add(new("idempotent-reject", "Rejecting a REJECTED peering again answers 200 with the peering, still REJECTED.", "facts (inferred): a second reject answers 4xx or is idempotent; the state stays REJECTED"));
    public static readonly Quirk BadRequestForWrongState = Add(new("bad-request-for-wrong-state", "Reject and accept outside PENDING_ACCEPTANCE answer 400 instead of 409.", "facts (inferred, [TF]): outside PENDING_ACCEPTANCE a 4xx (400 or 409), state unchanged"));
    public static readonly Quirk CodeMessageErrors = Add(new("code-message-errors", "API errors are `{\"code\":\"VPC.<type>\",\"message\":\"…\"}` instead of NeutronError, the code naming the error (`VPC.PeeringNotFound`, `VPC.BadRequest`…); 401 stays `error_code`/`error_msg`.", "facts (documented, [OTC] error codes): clients accept all three error shapes; no peering codes are documented and `VPC.0003` means the VPC does not exist, so codes name what happened"));
    public static readonly Quirk OnePeeringPerVpcPair = Add(new("one-peering-per-vpc-pair", "Creating a second peering between two VPCs that have a PENDING_ACCEPTANCE or ACTIVE one answers 409.", "facts (documented, [OTC] status codes): 409 conflict; duplicates are not promised"));
    public static readonly Quirk ListPageSize2 = Add(new("list-page-size-2", "The list answers at most 2 peerings a page, whatever `limit` asks, with the `next` link and `marker` paging.", "facts (documented, [OTC]): the list pages by `limit` and `marker` with `peerings_links`"));
    public static readonly Quirk LaggingReads = Add(new("lagging-reads", "For 300 ms after a reject or accept, show and list still see the previous status; the reject or accept answer is right at once.", "facts (documented, state): show returns REJECTED after a reject; no delay is promised"));
    public static readonly Quirk PathPrefix = Add(new("path-prefix", "Every route, provider states too, is served under `/gw` (`BaseUrl` ends in `/gw/`), as behind an API gateway.", "facts: the endpoint is configured as a base URL; the path below it is the API's"));
    public static readonly Quirk SlowButInTime = Add(new("slow-but-in-time", "Every answer comes 100 ms late, well inside any sensible timeout.", "facts (inferred, REJ-023): answers must come within the client's timeout; no latency is documented"));
    public static readonly Quirk ThrottleEvery5th = Add(new("throttle-every-5th", "Every 5th request to the API answers 429 with `Retry-After: 0` and the gateway body `{\"error_code\":\"APIGW.0308\",\"error_msg\":\"…\"}`; the same request sent again is served.", "inferred: API gateways throttle with 429 in the documented gateway error shape (facts: errors); `Retry-After` per RFC 9110"));
    public static readonly Quirk NoUpdateOperation = Add(new("no-update-operation", "No update: `PUT /v2.0/vpc/peerings/{id}` answers 405 with `Allow: GET, DELETE` and a NeutronError `MethodNotAllowed`; a description can only be set at create.", "facts (documented): create takes `description`; the reject's contract needs only create, show, list, accept, reject and delete"));

    /// <summary>Every quirk, in declaration order (the order of the README table).</summary>
    public static IReadOnlyList<Quirk> All => Entries;

    /// <summary>The quirk of that exact name; an unknown name throws an <see cref="ArgumentException"/> listing the valid ones.</summary>
    public static Quirk Get(string name) =>
        All.FirstOrDefault(quirk => quirk.Name == name)
        ?? throw new ArgumentException(
            $"Unknown quirk '{name}'. Valid quirks: {string.Join(", ", All.Select(quirk => quirk.Name))}.", nameof(name));

    private static Quirk Add(Quirk entry)
    {
        Entries.Add(entry);
        return entry;
    }
}
