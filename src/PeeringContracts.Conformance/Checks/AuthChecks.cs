using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Who may reject: only the authenticated accepting tenant. Everyone else is refused and changes nothing.</summary>
internal static class AuthChecks
{
    public static readonly ConformanceCheck NoTokenIs401 = new(
        new Requirement("REJ-013", Must, RequirementCategory.Auth,
            "A reject without credentials (no `X-Auth-Token`; unsigned with AK/SK) answers 401.",
            "[OTC] status_codes: 401 authentication required; [OTC] token authentication with X-Auth-Token; [SDK] AK/SK signing (AKSKSigner.js)"),
        context => RefusedWith401Async(context, context.Unauthenticated, context.Anonymous));

    public static readonly ConformanceCheck InvalidTokenIs401 = new(
        new Requirement("REJ-014", Must, RequirementCategory.Auth,
            "A reject with an invalid token (with AK/SK: signed with a wrong secret key) answers 401.",
            "[OTC] status_codes: 401; gateway error APIGW.0301 for an invalid token or signature"),
        context => RefusedWith401Async(context, context.WronglyAuthenticated, context.Accepter));

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

    public static readonly ConformanceCheck NearMissCredentialsAreRefused = new(
        new Requirement("REJ-040", Must, RequirementCategory.Auth,
            "A reject with credentials that come close to the accepting tenant's but are not a tenant's (an empty, blank, cut, extended, prefixed or 8 KiB token; with AK/SK an unknown or cut access key, an empty secret key, a date 20 minutes off) is refused with a 4xx, never 2xx or 5xx, and changes nothing.",
            "[OTC] status_codes: 401; [SDK] AK/SK signing (AKSKSigner.js), the gateway's 15-minute X-Sdk-Date window; RFC 9110 §11.6.2; RFC 6585 §5 (431 for an oversized header)"),
        async context =>
        {
            var fixture = await context.PendingPeeringAsync();
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
            foreach (var form in context.Each(context.NearMissCredentials(ApiRequest.Reject(fixture.Id))))
            {
                var exchange = await context.SendAsync(form.Value);
                if (exchange.StatusCode is < 400 or >= 500)
                {
                    throw new RequirementFailedException($"a refusal (4xx) of the reject sent with {form.Label}", $"status {exchange.StatusCode}", exchange);
                }

                await Expect.UnchangedAsync(context, before, exchange);
            }
        });

    /// <summary>
    /// Sends the reject of a pending peering in the refused form of the run's auth mode (token or AK/SK), naming that
    /// form in the evidence, sent by <paramref name="sender"/>, then requires the peering to be still pending.
    /// </summary>
    private static async Task RefusedWith401Async(CheckContext context, Func<ApiRequest, AuthProbe> form, PeeringApiClient sender)
    {
        var fixture = await context.PendingPeeringAsync();
        var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
        var probe = form(ApiRequest.Reject(fixture.Id));
        var exchange = await context.SendAsync(probe.Request, sender);
        if (exchange.StatusCode != 401)
        {
            throw new RequirementFailedException($"status 401 to a reject sent {probe.Form}", $"status {exchange.StatusCode}", exchange);
        }

        await Expect.UnchangedAsync(context, before, exchange);
    }

    private static Task OtherTenantIsRefusedAsync(CheckContext context, PeeringApiClient tenant, string who) =>
        Scenarios.RefusedRejectLeavesPendingAsync(context,
            peeringId => context.RejectAsync(peeringId, tenant),
            exchange => Expect.ClientError(exchange, $"a reject sent by {who}"));
}
