using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A rejected peering is final: no tenant can accept it, and none is answered with a server error.</summary>
internal static class AfterRejectChecks
{
    public static readonly ConformanceCheck NoTenantCanAcceptRejected = new(
        new Requirement("REJ-030", Should, RequirementCategory.State,
            "After the reject no tenant can accept the peering: the accepting, requesting and an unrelated tenant each get 4xx (never 5xx), and it stays `REJECTED`.",
            "inferred: accept only from PENDING_ACCEPTANCE and only by the accepting tenant (facts: behaviour rules); no request yields 5xx"),
        async context =>
        {
            var tenants = new[] { ("the accepting tenant", context.Accepter), ("the requesting tenant", context.Requester), ("an unrelated tenant", context.Outsider) };
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.Rejected);
            foreach (var (who, tenant) in tenants)
            {
                var accept = await context.SendAsync(ApiRequest.Accept(fixture.Id), tenant);
                Expect.ClientError(accept, $"accepting rejected peering {fixture.Id} as {who}");
                await Expect.UnchangedAsync(context, before, accept);
            }
        });
}
