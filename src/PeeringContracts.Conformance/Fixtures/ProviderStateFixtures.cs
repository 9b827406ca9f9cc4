using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// <c>PEERING_FIXTURES=provider-state</c>: asks the provider's Pact-style state endpoint to set each peering up
/// (<c>POST {state, params, action: "setup"}</c> answering <c>{"peeringId": …}</c>), reads it back as the accepting
/// tenant, and sends one teardown per state used at the end. What a reject must echo comes from the settings
/// (<see cref="KnownParties"/>); only the name, which the state chose, comes from the provider's show.
/// </summary>
public sealed class ProviderStateFixtures(HttpClient stateClient, Uri stateUrl, PeeringApiClient accepter, KnownParties parties) : IPeeringFixtures
{
    private readonly ConcurrentDictionary<string, bool> statesUsed = new();

    public bool CanMakeActivePeerings => true;

    public async Task<PeeringFixture> CreatePendingAsync(string name, CancellationToken cancellationToken)
    {
        var peeringId = await SetUpAsync(ProviderStates.PendingPeering, cancellationToken);
        var peering = await FixtureSteps.ShowWithStatusAsync(accepter, peeringId, PeeringStatus.PendingAcceptance, cancellationToken);
        return new PeeringFixture(peeringId, parties.Overrule(peering));
    }

    public async Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken)
    {
        var peeringId = await SetUpAsync(ProviderStates.ActivePeering, cancellationToken);
        var peering = await FixtureSteps.ShowWithStatusAsync(accepter, peeringId, PeeringStatus.Active, cancellationToken);
        return new PeeringFixture(peeringId, parties.Overrule(peering));
    }

    /// <summary>The provider's teardown removes what a state made; it runs once per state at the end of the run.</summary>
    public Task ReleaseAsync(PeeringFixture fixture, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var state in statesUsed.Keys)
        {
            try
            {
                using var response = await PostAsync(state, "teardown", cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    problems.Add($"teardown of provider state '{state}' answered {(int)response.StatusCode}.");
                }
            }
            catch (HttpRequestException error)
            {
                problems.Add($"teardown of provider state '{state}' failed: {error.Message}");
            }
        }

        return problems;
    }

    private async Task<string> SetUpAsync(string state, CancellationToken cancellationToken)
    {
        var step = $"setting up provider state '{state}' at {stateUrl}";
        statesUsed.TryAdd(state, true);
        try
        {
            using var response = await PostAsync(state, "setup", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new FixtureFailedException(step, $"answered {(int)response.StatusCode}: {body}");
            }

            return ReadPeeringId(body) ?? throw new FixtureFailedException(step, $"the answer has no string 'peeringId': {body}");
        }
        catch (HttpRequestException error)
        {
            throw new FixtureFailedException(step, error.Message);
        }
    }

    private Task<HttpResponseMessage> PostAsync(string state, string action, CancellationToken cancellationToken) =>
        stateClient.PostAsJsonAsync(stateUrl, new { state, @params = new Dictionary<string, string>(), action }, cancellationToken);

    private static string? ReadPeeringId(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("peeringId", out var id)
                   && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
