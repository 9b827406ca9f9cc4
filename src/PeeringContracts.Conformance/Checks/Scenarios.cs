using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>The request sequences several checks share; each check then judges its own aspect of the outcome.</summary>
internal static class Scenarios
{
    /// <summary>Rejects a fresh pending peering as the accepting tenant, whatever the answer.</summary>
    public static async Task<(PeeringFixture Fixture, PeeringExchange Exchange)> RejectPendingAsync(CheckContext context)
    {
        var fixture = await context.PendingPeeringAsync();
        return (fixture, await context.RejectAsync(fixture.Id));
    }

    /// <summary>Rejects a fresh pending peering and requires the reject to have succeeded, so its body can be judged.</summary>
    public static async Task<(PeeringFixture Fixture, PeeringExchange Exchange)> SuccessfulRejectAsync(CheckContext context)
    {
        var (fixture, exchange) = await RejectPendingAsync(context);
        Expect.Success(exchange, $"rejecting pending peering {fixture.Id} as the accepting tenant");
        return (fixture, exchange);
    }

    /// <summary>
    /// Sends a reject that the target must refuse (wrong tenant, no token…), lets <paramref name="judge"/> check the answer,
    /// then requires the peering to be still pending.
    /// </summary>
    public static async Task RefusedRejectLeavesPendingAsync(
        CheckContext context, Func<string, Task<PeeringExchange>> sendReject, Action<PeeringExchange> judge)
    {
        var fixture = await context.PendingPeeringAsync();
        var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
        var exchange = await sendReject(fixture.Id);
        judge(exchange);
        await Expect.UnchangedAsync(context, before, exchange);
    }
}
