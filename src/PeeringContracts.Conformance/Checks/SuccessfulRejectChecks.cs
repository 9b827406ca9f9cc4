using System.Net.Http.Headers;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Schemas;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>What the answer to a successful reject must be: its status, shape, media type and content.</summary>
internal static class SuccessfulRejectChecks
{
    public static readonly ConformanceCheck Answers200 = new(
        new Requirement("REJ-001", Must, RequirementCategory.Transport,
            "Rejecting a pending peering as the accepting tenant answers 200.",
            "[SEED] reject API page (response 200); [OTC] status_codes: 200 for PUT"),
        async context =>
        {
            var (_, exchange) = await Scenarios.RejectPendingAsync(context);
            Expect.Status(exchange, 200);
        });

    public static readonly ConformanceCheck BodyMatchesSchema = new(
        new Requirement("REJ-002", Must, RequirementCategory.Schema,
            "The 200 body validates against schemas/reject-response (peering fields at the top level, not wrapped).",
            "[SEED] response parameters name, id, request_vpc_info, accept_vpc_info, status; [SDK-GO] RejectVpcPeeringResponse"),
        async context =>
        {
            var (_, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            var violations = PeeringSchemas.RejectResponse.Validate(exchange.Body);
            if (violations.Count > 0)
            {
                throw new RequirementFailedException(
                    $"a body valid against {PeeringSchemas.RejectResponse.FileName}",
                    $"{violations.Count} violation(s):\n{SchemaViolation.Describe(violations)}",
                    exchange);
            }
        });

    public static readonly ConformanceCheck JsonMediaType = new(
        new Requirement("REJ-003", Must, RequirementCategory.Transport,
            "The 200 response has Content-Type application/json (a charset parameter may follow).",
            "[SDK-GO] response content type application/json; [OTC] API usage: JSON bodies"),
        async context =>
        {
            var (_, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            var mediaType = MediaTypeHeaderValue.TryParse(exchange.ContentType, out var parsed) ? parsed.MediaType : null;
            if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
            {
                throw new RequirementFailedException("Content-Type application/json", $"Content-Type {Expect.Quote(exchange.ContentType)}", exchange);
            }
        });

    public static readonly ConformanceCheck IdEchoesPath = new(
        new Requirement("REJ-004", Must, RequirementCategory.Semantics,
            "The body's `id` equals the peering id of the path.",
            "[SEED] response parameter id: the peering's id; request path PUT /v2.0/vpc/peerings/{peering_id}/reject"),
        async context =>
        {
            var (fixture, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            Expect.SameIdentifier("id", fixture.Id, JsonBody.StringAt(JsonBody.Object(exchange), "id"), exchange);
        });

    public static readonly ConformanceCheck FieldsMatchThePeering = new(
        new Requirement("REJ-005", Must, RequirementCategory.Semantics,
            "`name`, `request_vpc_info` and `accept_vpc_info` equal what was created (not swapped, not altered).",
            "[SEED] request_vpc_info: the requesting side; accept_vpc_info: the accepting side; name: the peering's name"),
        async context =>
        {
            var (fixture, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            Expect.SamePeering(fixture.Expected, exchange, at: string.Empty);
        });

    public static readonly ConformanceCheck BothTenantIdsPresent = new(
        new Requirement("REJ-029", Should, RequirementCategory.Schema,
            "The 200 body's `request_vpc_info` and `accept_vpc_info` each carry a `tenant_id` (equal to the tenant's where it is known).",
            "inferred: [SEED] response example carries tenant_id on both sides; the SDK models mark it optional"),
        async context =>
        {
            var (fixture, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            var body = JsonBody.Object(exchange);
            foreach (var side in new[] { "request_vpc_info", "accept_vpc_info" })
            {
                if (JsonBody.StringAt(body, $"{side}.tenant_id") is null)
                {
                    throw new RequirementFailedException($"{side}.tenant_id, a string", $"{side}.tenant_id absent", exchange);
                }
            }

            Expect.SamePeering(fixture.Expected, exchange, at: string.Empty);
        });

    public static readonly ConformanceCheck StatusIsRejected = new(
        new Requirement("REJ-006", Must, RequirementCategory.Semantics,
            "The body's `status` is exactly `REJECTED`.",
            "[SEED] response example status REJECTED; [SDK-GO] status enum"),
        async context =>
        {
            var (_, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            Expect.Equal("status", "REJECTED", JsonBody.StringAt(JsonBody.Object(exchange), "status"), exchange);
        });
}
