using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>The API calls every fixture strategy shares, each turning the target's errors into a FixtureFailedException that names the step.</summary>
internal static class FixtureSteps
{
    public static async Task<T> RunAsync<T>(string step, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (PeeringApiException error)
        {
            throw new FixtureFailedException(step, error.Message, error.Exchange);
        }
        catch (PeeringResponseException error)
        {
            throw new FixtureFailedException(step, error.Message, error.Exchange);
        }
    }

    public static Task<Peering> AcceptAsync(PeeringApiClient accepter, string peeringId, CancellationToken cancellationToken) =>
        RunAsync($"accepting peering {peeringId} as the accepting tenant", () => accepter.AcceptAsync(peeringId, cancellationToken));

    public static async Task<Peering> ShowPendingAsync(PeeringApiClient accepter, string peeringId, CancellationToken cancellationToken)
    {
        var peering = await RunAsync($"showing peering {peeringId} as the accepting tenant", () => accepter.ShowAsync(peeringId, cancellationToken));
        RequireStatus(peering, PeeringStatus.PendingAcceptance, "showing the peering before the check");
        return peering;
    }

    public static void RequireStatus(Peering peering, string expected, string step)
    {
        if (peering.Status != expected)
        {
            throw new FixtureFailedException(step, $"peering {peering.Id} has status {peering.Status}, the check needs {expected}");
        }
    }
}
