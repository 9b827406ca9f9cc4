using PeeringContracts.ReferenceProvider;
using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Which requirements must catch each fault of the reference provider's <see cref="FaultCatalog"/>, and the evidence
/// each verdict must state: the suite's knowledge of the faults, kept beside the self-test that proves it, so that the
/// provider holds no requirement ids and no words of the suite's verdicts. One entry per fault, keyed by its name, in
/// catalogue order; the provider README's <c>caught by</c> column lists the same requirements.
/// </summary>
internal static class FaultExpectations
{
    private const string ValidRejectBody = "a body valid against reject-response.schema.json";
    private const string ValidErrorBody = "an error body valid against error-body.schema.json";
    private const string NoTokenRepeated = "an answer that repeats no token or key sent, in any encoding";
    private const string NoImplementationDetails = "an answer without implementation details";
    private const string RejectedUnchanged = "afterwards as before the request (status \"REJECTED\", every field the same";
    private const string PendingUnchanged = "afterwards as before the request (status \"PENDING_ACCEPTANCE\", every field the same";
    private const string HiddenReject = "status: \"PENDING_ACCEPTANCE\" → \"REJECTED\"";
    private const string RejectAnswered = "an answer to PUT /v2.0/vpc/peerings/";
    private const string ConnectionClosed = "the connection failed or closed before a response came (not a timeout)";

    public static IReadOnlyDictionary<string, IReadOnlyList<Detection>> ByFault { get; } = new Dictionary<string, IReadOnlyList<Detection>>(StringComparer.Ordinal)
    {
        ["no-auth"] =
        [
            Catches("REJ-013", expected: "status 401 to a reject sent without X-Auth-Token", actual: "status 200"),
            Catches("REJ-014", expected: "status 401 to a reject sent with an X-Auth-Token no tenant holds", actual: "status 200"),
        ],
        ["any-credentials-accepted"] = [Catches("REJ-014", expected: "status 401 to a reject sent with an X-Auth-Token no tenant holds", actual: "status 200")],
        ["403-without-credentials"] =
        [
            Catches("REJ-013", expected: "status 401 to a reject sent without X-Auth-Token", actual: "status 403"),
            Catches("REJ-014", expected: "status 401 to a reject sent with an X-Auth-Token no tenant holds", actual: "status 403"),
        ],
        ["403-for-invalid-token"] = [Catches("REJ-014", expected: "status 401 to a reject sent with an X-Auth-Token no tenant holds", actual: "status 403")],
        ["token-prefix-accepted"] = [Catches("REJ-040", expected: "a refusal (4xx) of the reject sent with the token without its last character", actual: "status 200")],
        ["reject-from-active"] = [Catches("REJ-017", expected: "a 4xx answer to rejecting ACTIVE peering", actual: "status 200")],
        ["accept-after-reject"] = [Catches("REJ-019", expected: "a 4xx answer to accepting rejected peering", actual: "status 200")],
        ["status-not-persisted"] =
        [
            Catches("REJ-007", expected: "peering.status = \"REJECTED\"", actual: "peering.status = \"PENDING_ACCEPTANCE\""),
            Catches("REJ-008", expected: "in the list filtered by status=REJECTED", actual: "a list without it"),
        ],
        ["reject-clears-description"] = [Catches("REJ-031", expected: "as shown and listed before the reject but for status and updated_at", actual: "→ (absent)")],
        ["race-both-succeed"] = [Catches("REJ-022", expected: "exactly one of accept and reject to succeed", actual: "accept 200, reject 200")],
        ["500-on-concurrent-reject"] = [Catches("REJ-033", expected: "200 or 4xx for each of two rejects sent together", actual: "statuses 200 and 500")],
        ["reject-revives-concurrent-delete"] = [Catches("REJ-047", expected: "as some sequential order of the model gives them, by M-30", actual: "no sequential order explains them")],
        ["requester-can-reject"] = [Catches("REJ-015", expected: "a 4xx answer to a reject sent by the requesting tenant", actual: "status 200")],
        ["id-spelling-skips-ownership"] =
        [
            Catches("REJ-039", expected: "a refusal (4xx) of the reject sent by the requesting tenant with the id's letters in the other case", actual: "status 200"),
        ],
        ["outsider-can-reject"] = [Catches("REJ-016", expected: "a 4xx answer to a reject sent by an unrelated tenant", actual: "status 200")],
        ["requester-accepts-rejected"] = [Catches("REJ-030", expected: "as the requesting tenant", actual: "status 200")],
        ["requester-can-accept"] = [Catches("REJ-045", expected: "M-04 [SHOULD] An accept or reject by the requesting tenant", actual: "status 200")],
        ["requester-sees-pending"] =
        [
            Catches("REJ-025", expected: "peering.status (shown to the requesting tenant) = \"REJECTED\"", actual: "peering.status (shown to the requesting tenant) = \"PENDING_ACCEPTANCE\""),
        ],
        ["stale-pending-listing"] =
        [
            Catches("REJ-008", expected: "only PENDING_ACCEPTANCE peerings in a list filtered by status=PENDING_ACCEPTANCE", actual: "with status \"REJECTED\""),
        ],
        ["active-listing-shows-rejected"] = [Catches("REJ-046", expected: "M-23 [MUST] A list by either side", actual: "listed with status \"REJECTED\"")],
        ["refused-reject-half-applied"] = [Catches("REJ-015", expected: PendingUnchanged, actual: HiddenReject)],
        ["refused-reject-applied-later"] = [Catches("REJ-015", expected: "when the run ended (end-of-run audit)", actual: HiddenReject)],
        ["reject-overwrites-siblings"] =
        [
            // The other checks' rejects between the same VPCs overwrite this check's peerings too: the sibling or the
            // peering under test, in show or list, whichever read first shows a description another reject wrote.
            Catches("REJ-031", expected: "as shown and listed before the reject", actual: "description: "),
        ],
        ["reject-resurrects-deleted"] = [Catches("REJ-027", expected: "still gone after the reject (GET answers 404 or status DELETED)", actual: "status 200, peering.status \"REJECTED\"")],
        ["deleted-reject-answers-200"] = [Catches("REJ-027", expected: "a 4xx answer to rejecting deleted peering", actual: "status 200")],
        ["reject-unknown-creates-record"] = [Catches("REJ-032", expected: "no trace of unknown peering", actual: "show answers 200 (peering.status \"REJECTED\")")],
        ["reject-applies-query-status"] = [Catches("REJ-041", expected: "to have status REJECTED afterwards", actual: "status ACTIVE")],
        ["names-mangled-beyond-latin1"] = [Catches("REJ-042", expected: "named and described exactly as the run sent it", actual: "?")],
        ["refused-accept-touches-updated-at"] =
        [
            Catches("REJ-019", expected: RejectedUnchanged, actual: "updated_at: \""),
            Catches("REJ-030", expected: RejectedUnchanged, actual: "updated_at: \""),
        ],
        ["slow-reject"] = [Catches("REJ-023", expected: RejectAnswered, actual: "no answer within the timeout")],
        ["connection-reset-on-reject"] =
        [
            Catches("REJ-001", problem: $"no answer: {ConnectionClosed}"),
            Catches("REJ-023", expected: RejectAnswered, actual: ConnectionClosed),
        ],
        ["500-on-reject-body"] = [Catches("REJ-021", expected: "the reject (2xx) or a refusal (4xx) for the empty JSON object", actual: "status 500")],
        ["400-on-json-type-without-body"] = [Catches("REJ-028", expected: "as the official SDKs send it", actual: "status 400")],
        ["500-on-form-body"] = [Catches("REJ-021", expected: "the reject (2xx) or a refusal (4xx) for a form (application/x-www-form-urlencoded)", actual: "status 500")],
        ["reject-returns-202"] = [Catches("REJ-001", expected: "status 200", actual: "status 202")],
        ["text-plain-content-type"] = [Catches("REJ-003", expected: "Content-Type application/json", actual: "Content-Type \"text/plain")],
        ["token-in-reject-header"] = [Catches("REJ-012", expected: NoTokenRepeated, actual: "a token that was sent, in the response header X-Debug-Caller")],
        ["get-rejects"] = [Catches("REJ-020", expected: "a 4xx (or 501) answer to GET on /reject", actual: "status 200")],
        ["patch-rejects"] = [Catches("REJ-020", expected: "a 4xx (or 501) answer to PATCH on /reject", actual: "status 200")],
        ["post-rejects"] = [Catches("REJ-020", expected: "a 4xx (or 501) answer to POST on /reject", actual: "status 200")],
        ["delete-rejects"] = [Catches("REJ-020", expected: "a 4xx (or 501) answer to DELETE on /reject", actual: "status 200")],
        ["duplicate-status-in-reject"] = [Catches("REJ-035", expected: "a JSON label on a JSON text per RFC 8259", actual: "the member name \"status\" appears twice in one object")],
        ["create-answers-200"] = [Catches("REJ-034", expected: "2xx as documented for its operation", actual: "status 200 to create, whose documented success is 201")],
        ["token-in-list-header"] = [Catches("REJ-037", expected: "no answer that repeats a token or key of the run", actual: "in the response header X-Debug-Caller of the answer to list")],
        ["fractional-created-at-in-accept"] = [Catches("REJ-038", expected: "every peering in a success valid against its documented schema", actual: "the accept answer is not valid against peering.schema.json")],
        ["undocumented-error-on-show"] = [Catches("REJ-036", expected: "every 4xx body valid against error-body.schema.json", actual: "status 404 to show with a body not in a documented error shape")],
        ["swapped-vpc-infos"] =
        [
            Catches("REJ-005",
                expected: $"request_vpc_info.vpc_id = \"{DefaultTenants.Requester.VpcId}\"",
                actual: $"request_vpc_info.vpc_id = \"{DefaultTenants.Accepter.VpcId}\""),
        ],
        ["swapped-tenant-ids"] =
        [
            Catches("REJ-005",
                expected: $"request_vpc_info.tenant_id = \"{DefaultTenants.Requester.TenantId}\"",
                actual: $"request_vpc_info.tenant_id = \"{DefaultTenants.Accepter.TenantId}\""),
            Catches("REJ-029",
                expected: $"request_vpc_info.tenant_id = \"{DefaultTenants.Requester.TenantId}\"",
                actual: $"request_vpc_info.tenant_id = \"{DefaultTenants.Accepter.TenantId}\""),
        ],
        ["wrong-id"] = [Catches("REJ-004", expected: "id = \"", actual: "id = \"")],
        ["over-long-name"] =
        [
            Catches("REJ-002", expected: ValidRejectBody, actual: "characters, at most 64 allowed"),
            Catches("REJ-005", expected: "name = \"", actual: "xxxxxxxx\""),
        ],
        ["missing-name-field"] = [Catches("REJ-002", expected: ValidRejectBody, actual: "$.name: required property missing")],
        ["lowercase-status"] =
        [
            Catches("REJ-002", expected: ValidRejectBody, actual: "$.status: must be exactly \"REJECTED\" (value: \"rejected\")"),
            Catches("REJ-006", expected: "status = \"REJECTED\"", actual: "status = \"rejected\""),
        ],
        ["fractional-timestamps-in-reject"] = [Catches("REJ-002", expected: ValidRejectBody, actual: ".000Z\")")],
        ["no-tenant-ids-in-reject"] = [Catches("REJ-029", expected: "request_vpc_info.tenant_id, a string", actual: "request_vpc_info.tenant_id absent")],
        ["wrong-field-types"] = [Catches("REJ-002", expected: ValidRejectBody, actual: "$.id: expected a string, got an integer")],
        ["wrapped-reject-body"] = [Catches("REJ-002", expected: ValidRejectBody, actual: "$.id: required property missing")],
        ["500-on-malformed-id"] = [Catches("REJ-011", expected: "for every malformed id", actual: "not-a-uuid/reject → 500")],
        ["empty-error-on-malformed-id"] = [Catches("REJ-011", expected: "for every malformed id", actual: "(body not a documented error")],
        ["500-on-unknown-id"] = [Catches("REJ-009", expected: "status 404", actual: "status 500")],
        ["500-on-nil-uuid"] =
        [
            Catches("REJ-009", expected: "status 404 to the reject of the nil UUID", actual: "status 500"),
            Catches("REJ-010", expected: "a 4xx answer to rejecting an unknown peering id (the nil UUID)", actual: "status 500"),
        ],
        ["400-on-unknown-id"] = [Catches("REJ-009", expected: "status 404", actual: "status 400")],
        ["200-on-unknown-id"] = [Catches("REJ-009", expected: "status 404", actual: "status 200")],
        ["500-on-second-reject"] = [Catches("REJ-018", expected: "for the second reject", actual: "status 500")],
        ["500-for-wrong-state"] =
        [
            Catches("REJ-017", expected: "a 4xx answer to rejecting ACTIVE peering", actual: "status 500"),
            Catches("REJ-018", expected: "for the second reject", actual: "status 500"),
            Catches("REJ-019", expected: "a 4xx answer to accepting rejected peering", actual: "status 500"),
            Catches("REJ-022", expected: "that lost the race for peering", actual: "status 500"),
        ],
        ["plain-text-refusal-to-requester"] = [Catches("REJ-024", expected: ValidErrorBody, actual: "invalid-json (value: line 1, column 1: 'F'")],
        ["refusal-reveals-peering"] = [Catches("REJ-026", expected: "a refusal that names nothing of the peering but its id", actual: "\" in the body")],
        ["html-error-pages"] =
        [
            Catches("REJ-010", expected: ValidErrorBody, actual: "invalid-json (value: line 1, column 1: '<'"),
            Catches("REJ-012", expected: NoImplementationDetails, actual: "\"System.InvalidOperationException\" in the body"),
        ],
        ["stack-trace-in-errors"] = [Catches("REJ-012", expected: NoImplementationDetails, actual: "\"System.InvalidOperationException\" in the body")],
        ["token-in-errors"] = [Catches("REJ-012", expected: NoTokenRepeated, actual: "a token that was sent, in the body at $.NeutronError.message of")],
        ["escaped-token-in-errors"] = [Catches("REJ-012", expected: NoTokenRepeated, actual: "a token that was sent, in the body's decoded JSON strings at $.NeutronError.message of")],
        ["json-errors-labelled-text-plain"] = [Catches("REJ-035", expected: "a JSON body labelled as JSON", actual: "a JSON body labelled text/plain")],
    };

    /// <summary>The requirements that must catch the fault, in entry order; none for a fault without an entry.</summary>
    public static IReadOnlyList<Detection> For(string faultName) => ByFault.GetValueOrDefault(faultName) ?? [];

    private static Detection Catches(string requirementId, string? expected = null, string? actual = null, string? problem = null) =>
        new(requirementId, new Evidence(expected, actual, problem));
}
