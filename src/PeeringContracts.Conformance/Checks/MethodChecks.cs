using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Requests that are not the documented reject (other methods, an unexpected body) must not reject or break anything.</summary>
internal static class MethodChecks
{
    public static readonly ConformanceCheck OtherMethodsChangeNothing = new(
        new Requirement("REJ-020", Should, RequirementCategory.BadInput,
            "GET, POST and DELETE on `/reject` are not 2xx and change nothing.",
            "inferred: [SEED] documents only PUT on /reject; HTTP method semantics"),
        async context =>
        {
            var fixture = await context.PendingPeeringAsync();
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete })
            {
                var exchange = await context.SendAsync(ApiRequest.Reject(fixture.Id) with { Method = method });
                if (exchange.StatusCode is >= 200 and < 300)
                {
                    throw new RequirementFailedException($"a non-2xx answer to {method} on /reject", $"status {exchange.StatusCode}", exchange);
                }

                await Expect.UnchangedAsync(context, before, exchange);
            }
        });

    public static readonly ConformanceCheck BodyIsIgnored = new(
        new Requirement("REJ-021", Should, RequirementCategory.BadInput,
            "A request body sent with the reject causes no 5xx and changes nothing but the status.",
            "inferred: [SEED] the reject takes no body; robustness, no mass assignment"),
        async context =>
        {
            string[] bodies = ["{\"peering\":{\"name\":\"renamed\",\"status\":\"ACTIVE\"},\"name\":\"renamed\",\"status\":\"ACTIVE\"}", "{\"peering\":", "not json at all"];
            foreach (var body in bodies)
            {
                var fixture = await context.PendingPeeringAsync();
                var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
                var exchange = await context.SendAsync(ApiRequest.Reject(fixture.Id) with { JsonBody = body });
                if (exchange.StatusCode >= 500)
                {
                    throw new RequirementFailedException("no 5xx for a reject that carries a body", $"status {exchange.StatusCode}", exchange);
                }

                var rejected = exchange.StatusCode is >= 200 and < 300;
                if (rejected)
                {
                    await Expect.StatusBecomesAsync(context, fixture.Id, PeeringStatus.Rejected, exchange);
                }
                else
                {
                    await Expect.UnchangedAsync(context, before, exchange);
                }

                var stored = await context.Accepter.ShowAsync(fixture.Id, context.CancellationToken);
                Expect.Equal("name afterwards", fixture.Expected.Name, stored.Name, exchange);
                await context.ReleaseAsync(fixture);
            }
        });
}
