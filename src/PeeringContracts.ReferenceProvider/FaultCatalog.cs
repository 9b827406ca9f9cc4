namespace PeeringContracts.ReferenceProvider;

/// <summary>Every fault the reference provider can switch on. Each entry is the fault's identifier: switches,
/// tests and the README table all refer to it, so adding a fault starts with one line here. That line names each
/// requirement that must catch the fault with its evidence: <c>[new("REJ-001", "status 202")]</c>.</summary>
public static class FaultCatalog
{
    // Declared before the entries: static fields initialise in textual order, and each entry adds itself here.
    private static readonly List<Fault> Entries = [];

    public static readonly Fault WrappedRejectBody = Add(new("wrapped-reject-body", "schema", "The reject body is wrapped in {\"peering\": {...}} instead of carrying the fields at the top level.", [new("REJ-002", "$.id: required property missing")]));
    public static readonly Fault MissingNameField = Add(new("missing-name-field", "schema", "The reject body has no `name`.", [new("REJ-002", "$.name: required property missing")]));
    public static readonly Fault LowercaseStatus = Add(new("lowercase-status", "schema", "The reject body says `\"status\": \"rejected\"`.", [new("REJ-002", "(value: \"rejected\")"), new("REJ-006", "status = \"rejected\"")]));
    public static readonly Fault WrongFieldTypes = Add(new("wrong-field-types", "schema", "The reject body carries `id` as a number and both vpc infos as strings.", [new("REJ-002", "$.id: expected a string, got an integer")]));
    public static readonly Fault OverLongName = Add(new("over-long-name", "schema", "The reject body echoes the name padded to more than 64 characters.", [new("REJ-002", "at most 64 allowed"), new("REJ-005", "xxxxxxxx\"")]));
    public static readonly Fault WrongId = Add(new("wrong-id", "semantics", "The reject body carries a fresh random `id`, not the one of the path.", [new("REJ-004", "id = \"")]));
    public static readonly Fault SwappedVpcInfos = Add(new("swapped-vpc-infos", "semantics", "The reject body swaps `request_vpc_info` and `accept_vpc_info`.", [new("REJ-005", "request_vpc_info.vpc_id = \"")]));
    public static readonly Fault StatusNotPersisted = Add(new("status-not-persisted", "state", "Reject answers REJECTED but the peering stays PENDING_ACCEPTANCE.", [new("REJ-007", "peering.status = \"PENDING_ACCEPTANCE\""), new("REJ-008", "a list without it")]));
    public static readonly Fault RejectFromActive = Add(new("reject-from-active", "state", "An ACTIVE peering can be rejected (200, becomes REJECTED).", [new("REJ-017", "status 200")]));
    public static readonly Fault AcceptAfterReject = Add(new("accept-after-reject", "state", "A REJECTED peering can be accepted (200, becomes ACTIVE).", [new("REJ-019", "status 200")]));
    public static readonly Fault SecondReject500 = Add(new("500-on-second-reject", "state", "Rejecting an already REJECTED peering answers 500.", [new("REJ-018", "status 500")]));
    public static readonly Fault Ok200OnUnknownId = Add(new("200-on-unknown-id", "errors", "Rejecting an unknown peering id answers 200 with a made-up REJECTED body.", [new("REJ-009", "status 200")]));
    public static readonly Fault Error500OnUnknownId = Add(new("500-on-unknown-id", "errors", "Rejecting an unknown peering id answers 500.", [new("REJ-009", "status 500")]));
    public static readonly Fault Error500OnMalformedId = Add(new("500-on-malformed-id", "errors", "Rejecting a peering id that is not a UUID answers 500.", [new("REJ-011", "not-a-uuid/reject → 500")]));
    public static readonly Fault EmptyErrorOnMalformedId = Add(new("empty-error-on-malformed-id", "errors", "Rejecting a peering id that is not a UUID answers 400 with the empty JSON object `{}`.", [new("REJ-011", "body not a documented error")]));
    public static readonly Fault HtmlErrorPages = Add(new("html-error-pages", "errors", "Every error answers an HTML page with a stack trace instead of JSON.", [new("REJ-010", "invalid-json (value: line 1, column 1: '<'"), new("REJ-012", "\"System.InvalidOperationException\" in the body")]));
    public static readonly Fault StackTraceInErrors = Add(new("stack-trace-in-errors", "errors", "NeutronError bodies carry a .NET stack trace in `detail`.", [new("REJ-012", "\"System.InvalidOperationException\" in the body")]));
    public static readonly Fault TokenInErrors = Add(new("token-in-errors", "errors", "Error bodies repeat the X-Auth-Token the request sent.", [new("REJ-012", "a token that was sent, in the body of")]));
    public static readonly Fault EscapedTokenInErrors = Add(new("escaped-token-in-errors", "errors", "Error bodies repeat the X-Auth-Token the request sent, its hyphens written as the JSON escape `\\u002d`.", [new("REJ-012", "a token that was sent, in the body's decoded JSON strings")]));
    public static readonly Fault TokenInRejectHeader = Add(new("token-in-reject-header", "errors", "The 200 reject answer carries the caller's X-Auth-Token in an `X-Debug-Caller` header.", [new("REJ-012", "a token that was sent, in the response header X-Debug-Caller")]));
    public static readonly Fault NoAuth = Add(new("no-auth", "auth", "A missing or unknown X-Auth-Token is accepted as the accepting tenant.", [new("REJ-013", "status 200"), new("REJ-014", "status 200")]));
    public static readonly Fault OutsiderCanReject = Add(new("outsider-can-reject", "isolation", "A tenant that is neither side can reject the peering.", [new("REJ-016", "status 200")]));
    public static readonly Fault RequesterCanReject = Add(new("requester-can-reject", "isolation", "The requesting tenant can reject its own request.", [new("REJ-015", "status 200")]));
    public static readonly Fault RefusedRejectHalfApplied = Add(new("refused-reject-half-applied", "isolation", "The requesting tenant's reject answers 403 but rejects the peering; every other show of it (the first included) still says PENDING_ACCEPTANCE.", [new("REJ-015", "status: \"PENDING_ACCEPTANCE\" → \"REJECTED\"")]));
    public static readonly Fault TextPlainContentType = Add(new("text-plain-content-type", "transport", "The 200 reject answers Content-Type text/plain.", [new("REJ-003", "text/plain")]));
    public static readonly Fault RejectReturns202 = Add(new("reject-returns-202", "transport", "A successful reject answers 202 instead of 200.", [new("REJ-001", "status 202")]));
    public static readonly Fault GetRejects = Add(new("get-rejects", "transport", "GET on /reject performs the reject.", [new("REJ-020", "status 200")]));
    public static readonly Fault Error500OnRejectBody = Add(new("500-on-reject-body", "transport", "A reject that carries a request body answers 500.", [new("REJ-021", "status 500")]));
    public static readonly Fault ServerErrorForWrongState = Add(new("500-for-wrong-state", "concurrency", "Accept and reject of a peering that is no longer PENDING_ACCEPTANCE answer 500 instead of 4xx, so a race's loser gets 500.", [new("REJ-017", "status 500"), new("REJ-018", "status 500"), new("REJ-019", "status 500"), new("REJ-022", "status 500")]));
    public static readonly Fault RaceBothSucceed = Add(new("race-both-succeed", "concurrency", "Accept and reject check, then write without a guard (each waits for a rival): under a race both answer 200.", [new("REJ-022", "accept 200, reject 200")]));
    public static readonly Fault ConnectionResetOnReject = Add(new("connection-reset-on-reject", "timing", "Reject closes the connection at once, without any HTTP answer.", [new("REJ-001", "closed before a response came"), new("REJ-023", "closed before a response came")]));
    public static readonly Fault SlowReject = Add(new("slow-reject", "timing", "Reject answers after a delay (PEERING_FAULT_DELAY_MS, default 3000).", [new("REJ-023", "no answer within the timeout")]));
    public static readonly Fault RequesterSeesPending = Add(new("requester-sees-pending", "state", "After a reject, the requesting tenant's show and list still say PENDING_ACCEPTANCE.", [new("REJ-025", "(shown to the requesting tenant) = \"PENDING_ACCEPTANCE\"")]));
    public static readonly Fault RefusalRevealsPeering = Add(new("refusal-reveals-peering", "isolation", "The 404 to an unrelated tenant's reject names the peering and both its VPCs.", [new("REJ-026", "\" in the body")]));
    public static readonly Fault RejectResurrectsDeleted = Add(new("reject-resurrects-deleted", "state", "Rejecting a deleted peering answers 200 and brings it back, REJECTED.", [new("REJ-027", "status 200")]));
    public static readonly Fault JsonTypeWithoutBody400 = Add(new("400-on-json-type-without-body", "transport", "A reject that says Content-Type application/json but has no body, as the official SDKs send it, answers 400.", [new("REJ-028", "status 400")]));
    public static readonly Fault NoTenantIdsInReject = Add(new("no-tenant-ids-in-reject", "schema", "The reject body's `request_vpc_info` and `accept_vpc_info` carry no `tenant_id`.", [new("REJ-029", "tenant_id absent")]));
    public static readonly Fault RequesterAcceptsRejected = Add(new("requester-accepts-rejected", "state", "The requesting tenant can accept a REJECTED peering (200, becomes ACTIVE); the accepting tenant cannot.", [new("REJ-030", "status 200")]));

    public static readonly Fault RefusedRejectAppliedLater = Add(new("refused-reject-applied-later", "isolation", "The requesting tenant's reject answers 403 but is queued: the first 3 shows after it say PENDING_ACCEPTANCE, every later one REJECTED.", [new("REJ-015", "status: \"PENDING_ACCEPTANCE\" → \"REJECTED\"")]));
    public static readonly Fault ConcurrentReject500 = Add(new("500-on-concurrent-reject", "concurrency", "Of two rejects of one pending peering that arrive together, the one whose write loses to the other answers 500 (each reject waits for a rival after its check); a later second reject gets 409.", [new("REJ-033", "statuses 200 and 500")]));
    public static readonly Fault AnyCredentialsAccepted = Add(new("any-credentials-accepted", "auth", "Any X-Auth-Token, or any signature, is accepted as the accepting tenant; only a request with neither is refused 401.", [new("REJ-014", "status 200")]));
    public static readonly Fault PlainTextRefusalToRequester = Add(new("plain-text-refusal-to-requester", "errors", "The 403 to the requesting tenant's reject or accept is the plain text `Forbidden`, not a JSON error body.", [new("REJ-024", "invalid-json (value: line 1, column 1: 'F'")]));
    public static readonly Fault RejectClearsDescription = Add(new("reject-clears-description", "state", "A reject stores the peering without its `description`: the answer, show and list no longer carry it.", [new("REJ-031", "→ (absent)")]));
    public static readonly Fault RejectOverwritesSiblings = Add(new("reject-overwrites-siblings", "state", "A reject also writes its peering's `description` (and a new `updated_at`) onto every other REJECTED peering between the same two VPCs, as an update keyed on the VPC pair would.", [new("REJ-031", "description: ")]));
    public static readonly Fault RejectUnknownCreatesRecord = Add(new("reject-unknown-creates-record", "state", "A reject of an id the provider never issued answers 404 but stores a REJECTED peering with that id, visible to the caller.", [new("REJ-032", "show answers 200 (peering.status \"REJECTED\")")]));
    public static readonly Fault FractionalTimestampsInReject = Add(new("fractional-timestamps-in-reject", "schema", "The reject body's `created_at` and `updated_at` carry a fraction and a zone (`2026-01-02T03:04:05.000Z`), a form neither the documentation nor SDK-GO's parser allows.", [new("REJ-002", ".000Z\")")]));
    public static readonly Fault StalePendingListing = Add(new("stale-pending-listing", "state", "After a reject the peering is still listed under `status=PENDING_ACCEPTANCE` (a stale status index), showing status REJECTED.", [new("REJ-008", "with status \"REJECTED\"")]));
    public static readonly Fault UnknownId400 = Add(new("400-on-unknown-id", "errors", "A reject of a well-formed id that names no peering answers 400 (with a NeutronError body) instead of 404.", [new("REJ-009", "status 400")]));
    public static readonly Fault RefusedAcceptTouchesUpdatedAt = Add(new("refused-accept-touches-updated-at", "state", "An accept of a REJECTED peering is refused (409) but stamps its `updated_at` one second later, as if it had written.", [new("REJ-019", "updated_at: "), new("REJ-030", "updated_at: ")]));

    /// <summary>Every fault, in declaration order (the order of the README table).</summary>
    public static IReadOnlyList<Fault> All => Entries;

    /// <summary>The fault of that exact name; an unknown name throws an <see cref="ArgumentException"/> listing the valid ones.</summary>
    public static Fault Get(string name) =>
        All.FirstOrDefault(fault => fault.Name == name)
        ?? throw new ArgumentException(
            $"Unknown fault '{name}'. Valid faults: {string.Join(", ", All.Select(fault => fault.Name))}.", nameof(name));

    private static Fault Add(Fault entry)
    {
        Entries.Add(entry);
        return entry;
    }
}
