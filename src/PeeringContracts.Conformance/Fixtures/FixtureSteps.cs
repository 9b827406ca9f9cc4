using System.Text.Json;
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
        catch (PeeringApiException throttled) when (throttled.StatusCode == Throttling.StatusCode)
        {
            throw Throttling.CouldNotJudge(throttled.Exchange);
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

    /// <summary>Reads the peering as the accepting tenant and requires the status the check needs.</summary>
    public static async Task<Peering> ShowWithStatusAsync(PeeringApiClient accepter, string peeringId, string status, CancellationToken cancellationToken)
    {
        var peering = await RunAsync($"showing peering {peeringId} as the accepting tenant", () => accepter.ShowAsync(peeringId, cancellationToken));
        RequireStatus(peering, status, "showing the peering before the check");
        return peering;
    }

    /// <summary>The <c>peering.id</c> of a create answer that did not parse as documented, if it carries one.</summary>
    public static string? CreatedIdIn(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("peering", out var peering)
                   && peering.ValueKind == JsonValueKind.Object
                   && peering.TryGetProperty("id", out var id)
                   && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void RequireStatus(Peering peering, string expected, string step)
    {
        if (peering.Status != expected)
        {
            throw new FixtureFailedException(step, $"peering {peering.Id} has status {peering.Status}, the check needs {expected}");
        }
    }
}
