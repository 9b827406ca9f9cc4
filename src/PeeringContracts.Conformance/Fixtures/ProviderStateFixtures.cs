using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// <c>PEERING_FIXTURES=provider-state</c>: asks the provider's Pact-style state endpoint to set each peering up
/// (<c>POST {state, params: {name}, action: "setup"}</c> answering <c>{"peeringId": …}</c>, and <c>"name"</c> if it
/// says which name it gave), reads it back as the accepting tenant, and sends one teardown per state used at the end.
/// What a reject must echo comes from the settings (<see cref="KnownParties"/>) and the name the suite sent, once the
/// setup answer or the show carries it. Params are optional in Pact: an endpoint that names the peering otherwise is
/// taken at its word (its answer's name, else the show's), and <see cref="ExpectedFromProvider"/> says so.
/// </summary>
public sealed class ProviderStateFixtures(HttpClient stateClient, Uri stateUrl, PeeringApiClient accepter, KnownParties parties) : IPeeringFixtures
{
    private readonly ConcurrentDictionary<string, bool> statesUsed = new();

    public ExpectedFromProvider ExpectedFromProvider { get; } = new();

    public bool CanMakeActivePeerings => true;

    /// <summary>The states take a name only: the peering has the description the provider gave it.</summary>
    public Task<PeeringFixture> CreatePendingAsync(string name, string? description, CancellationToken cancellationToken) =>
        CreateAsync(ProviderStates.PendingPeering, name, PeeringStatus.PendingAcceptance, cancellationToken);

    public Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken) =>
        CreateAsync(ProviderStates.ActivePeering, name, PeeringStatus.Active, cancellationToken);

    /// <summary>The provider's teardown removes what a state made; it runs once per state at the end of the run.</summary>
    public Task ReleaseAsync(PeeringFixture fixture, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var state in statesUsed.Keys)
        {
            try
            {
                using var response = await PostAsync(state, new Dictionary<string, string>(), "teardown", cancellationToken);
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

    private async Task<PeeringFixture> CreateAsync(string state, string name, string status, CancellationToken cancellationToken)
    {
        var (peeringId, stateName) = await SetUpAsync(state, name, cancellationToken);
        var peering = await FixtureSteps.ShowWithStatusAsync(accepter, peeringId, status, cancellationToken);
        var honoured = stateName == name || peering.Name == name;
        if (!honoured)
        {
            ExpectedFromProvider.Record([ExpectedFromProvider.Name]);
        }

        var expectedName = honoured ? name : stateName ?? peering.Name;

        return new PeeringFixture(peeringId, parties.Overrule(peering with { Name = expectedName }, ExpectedFromProvider));
    }

    /// <summary>The id of the peering the state made, and the name the endpoint says it gave it (null when it does not say).</summary>
    private async Task<(string PeeringId, string? Name)> SetUpAsync(string state, string name, CancellationToken cancellationToken)
    {
        var step = $"setting up provider state '{state}' at {stateUrl}";
        statesUsed.TryAdd(state, true);
        try
        {
            using var response = await PostAsync(state, new Dictionary<string, string> { ["name"] = name }, "setup", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new FixtureFailedException(step, $"answered {(int)response.StatusCode}: {body}");
            }

            var answer = ReadStrings(body, "peeringId", "name");
            return (answer["peeringId"] ?? throw new FixtureFailedException(step, $"the answer has no string 'peeringId': {body}"), answer["name"]);
        }
        catch (HttpRequestException error)
        {
            throw new FixtureFailedException(step, error.Message);
        }
    }

    private Task<HttpResponseMessage> PostAsync(
        string state, Dictionary<string, string> parameters, string action, CancellationToken cancellationToken) =>
        stateClient.PostAsJsonAsync(stateUrl, new { state, @params = parameters, action }, cancellationToken);

    /// <summary>The string value of each of <paramref name="names"/> in a JSON object answer; null where absent or not a string.</summary>
    private static Dictionary<string, string?> ReadStrings(string body, params string[] names)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return names.ToDictionary(
                name => name,
                name => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null);
        }
        catch (JsonException)
        {
            return names.ToDictionary(name => name, _ => (string?)null);
        }
    }
}
