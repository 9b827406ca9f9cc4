using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.InputSpace;
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
    /// Sends the reject of a pending peering (with a description, where the fixtures can set one) in each form of
    /// <paramref name="dimension"/>, which the target may honour or refuse: never a 5xx; honoured (2xx), the peering is
    /// REJECTED with nothing else changed; refused (3xx, 4xx: no SDK follows a redirect), nothing changed, and
    /// <paramref name="judgeRefusal"/> judges a 4xx. A refused form leaves its peering pending for the next form;
    /// <paramref name="beforeEach"/> may send other requests first, given the form's label and request.
    /// </summary>
    public static async Task EachFormRejectsOrIsRefusedAsync<T>(
        CheckContext context,
        InputDimension<T> dimension,
        Func<string, T, ApiRequest> rejectIn,
        Func<string, ApiRequest, Task>? beforeEach = null,
        Action<PeeringExchange>? judgeRefusal = null)
    {
        (PeeringFixture Fixture, PeeringSnapshot Before)? pending = null;
        foreach (var form in context.Each(dimension))
        {
            pending ??= await PendingWithSnapshotAsync(context);
            var (fixture, before) = pending.Value;
            var request = rejectIn(fixture.Id, form.Value);
            if (beforeEach is not null)
            {
                await beforeEach(form.Label, request);
            }

            // This form may honour the reject; what the forms before it left unchanged was judged over the settle window.
            context.ChangesOnPurpose(fixture);
            var exchange = await context.SendAsync(request);
            switch (exchange.StatusCode)
            {
                case >= 500 or < 200:
                    throw new RequirementFailedException($"the reject (2xx) or a refusal (4xx) for {form.Label}", $"status {exchange.StatusCode}", exchange);
                case < 300:
                    await Expect.OnlyRejectedAsync(context, before, exchange);
                    await context.ReleaseAsync(fixture);
                    pending = null;
                    break;
                default:
                    if (exchange.StatusCode >= 400)
                    {
                        judgeRefusal?.Invoke(exchange);
                    }

                    await Expect.UnchangedAsync(context, before, exchange);
                    break;
            }
        }
    }

    private static async Task<(PeeringFixture Fixture, PeeringSnapshot Before)> PendingWithSnapshotAsync(CheckContext context)
    {
        var fixture = await context.PendingPeeringAsync($"{context.Requirement.Id}: set at create");
        return (fixture, await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance));
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
