using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Who may reject: only the authenticated accepting tenant. Everyone else is refused and changes nothing.</summary>
internal static class AuthChecks
{
    public static readonly ConformanceCheck NoTokenIs401 = new(
        new Requirement("REJ-013", Must, RequirementCategory.Auth,
            "A reject without `X-Auth-Token` answers 401.",
            "[OTC] status_codes: 401 authentication required; [OTC] token authentication with X-Auth-Token"),
        context => Scenarios.RefusedRejectLeavesPendingAsync(context,
            peeringId => context.RejectAsync(peeringId, context.Anonymous),
            exchange => Expect.Status(exchange, 401)));

    public static readonly ConformanceCheck InvalidTokenIs401 = new(
        new Requirement("REJ-014", Must, RequirementCategory.Auth,
            "A reject with an invalid token answers 401.",
            "[OTC] status_codes: 401; gateway error APIGW.0301 for an invalid token"),
        context => Scenarios.RefusedRejectLeavesPendingAsync(context,
            peeringId => context.SendAsync(ApiRequest.Reject(peeringId) with { TokenOverride = context.Data.InvalidToken() }),
            exchange => Expect.Status(exchange, 401)));

    public static readonly ConformanceCheck RequesterCannotReject = new(
        new Requirement("REJ-015", Should, RequirementCategory.Auth,
            "The requesting tenant cannot reject (4xx) and the peering stays `PENDING_ACCEPTANCE`.",
            "inferred: [SEED] reject is how a tenant refuses a request another tenant initiated"),
        context => OtherTenantIsRefusedAsync(context, context.Requester, "the requesting tenant"));

    public static readonly ConformanceCheck OutsiderCannotReject = new(
        new Requirement("REJ-016", Should, RequirementCategory.Auth,
            "An unrelated (outsider) tenant cannot reject (4xx) and the peering stays `PENDING_ACCEPTANCE`.",
            "inferred: tenant isolation; only the two sides of a peering can see it"),
        context => OtherTenantIsRefusedAsync(context, context.Outsider, "an unrelated tenant"));

    private static Task OtherTenantIsRefusedAsync(CheckContext context, PeeringApiClient tenant, string who) =>
        Scenarios.RefusedRejectLeavesPendingAsync(context,
            peeringId => context.RejectAsync(peeringId, tenant),
            exchange => Expect.ClientError(exchange, $"a reject sent by {who}"));
}
