using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;

namespace PeeringContracts.Verification;

/// <summary>
/// Turns the contract's provider states into real API calls through the conformance target's fixture strategy, so a
/// provider needs no state endpoint of its own. Setup answers the values the contract's provider-state generators ask
/// for (peering id, tokens); teardown gives back what setup made. What could not be set up is remembered per state.
/// </summary>
public sealed class ProviderStateSetup(ConformanceTarget target, TenantTokens tokens)
{
    public const string NoPeering = "no peering";

    public static readonly IReadOnlyList<string> KnownStates = [ProviderStates.PendingPeering, ProviderStates.ActivePeering, NoPeering];

    private readonly FixtureData data = new(target.Settings.Seed, "provider-verification");
    private readonly ConcurrentQueue<PeeringFixture> made = new();
    private readonly ConcurrentDictionary<string, string> failed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> notServed = new(StringComparer.Ordinal);

    /// <summary>Why setting up <paramref name="state"/> failed (the provider's answer), or null.</summary>
    public string? FailureOf(string state) => failed.GetValueOrDefault(state);

    /// <summary>Why the fixture strategy cannot serve <paramref name="state"/> (preprovisioned ids cannot be ACTIVE), or null.</summary>
    public string? WhyNotServed(string state) => notServed.GetValueOrDefault(state);

    /// <summary>The generator values for <paramref name="state"/>; throws <see cref="ProviderStateException"/> when it cannot be set up.</summary>
    public async Task<JsonObject> SetUpAsync(string state, CancellationToken cancellationToken)
    {
        try
        {
            var peeringId = state switch
            {
                ProviderStates.PendingPeering => Keep(await target.Fixtures.CreatePendingAsync(data.PeeringName(), description: null, cancellationToken)),
                ProviderStates.ActivePeering => Keep(await target.Fixtures.CreateActiveAsync(data.PeeringName(), cancellationToken)),
                NoPeering => data.UnknownPeeringId(),
                _ => throw new ProviderStateException(
                    $"unknown provider state '{state}'; this verification knows {string.Join(", ", KnownStates.Select(known => $"'{known}'"))}."),
            };
            var values = new JsonObject { ["peeringId"] = peeringId, ["accepterToken"] = tokens.Accepter };
            if (tokens.Requester is { } requesterToken)
            {
                values["requesterToken"] = requesterToken;
            }

            return values;
        }
        catch (PrerequisiteMissingException missing)
        {
            notServed[state] = missing.Message;
            throw new ProviderStateException($"provider state '{state}' cannot be served: {missing.Message}");
        }
        catch (FixtureFailedException fixture)
        {
            failed[state] = fixture.Message;
            throw new ProviderStateException($"setting up provider state '{state}' failed: {fixture.Message}");
        }
        catch (ProviderStateException unknown)
        {
            failed[state] = unknown.Message;
            throw;
        }
    }

    /// <summary>Gives back every peering the setups made (deleted where the strategy owns them; 404 counts as gone).</summary>
    public async Task TearDownAsync(CancellationToken cancellationToken)
    {
        while (made.TryDequeue(out var fixture))
        {
            await target.Fixtures.ReleaseAsync(fixture, cancellationToken);
        }
    }

    private string Keep(PeeringFixture fixture)
    {
        made.Enqueue(fixture);
        return fixture.Id;
    }
}
