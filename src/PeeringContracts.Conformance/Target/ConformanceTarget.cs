using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.Target;

/// <summary>
/// The implementation under test for one run: the provider at <c>PEERING_BASE_URL</c>, or the embedded reference
/// provider on 127.0.0.1 when none is given; its tenants; and the fixture strategy that feeds the checks.
/// </summary>
public sealed class ConformanceTarget : IAsyncDisposable
{
    private readonly ReferenceProviderHost? embeddedProvider;
    private readonly HttpClient stateClient;
    private readonly TenantClients tenants;
    private readonly IPeeringFixtures fixtures;

    private ConformanceTarget(TargetSettings settings, TargetEndpoint endpoint, ReferenceProviderHost? embeddedProvider)
    {
        Settings = settings;
        BaseUrl = endpoint.BaseUrl;
        this.embeddedProvider = embeddedProvider;
        Tokens = new TenantTokens(endpoint.AccepterToken, endpoint.RequesterToken, endpoint.OutsiderToken);
        stateClient = new HttpClient { Timeout = settings.Timeout };
        tenants = new TenantClients(
            Client(endpoint.AccepterToken)!,
            Client(endpoint.RequesterToken),
            Client(endpoint.OutsiderToken),
            new PeeringApiClient(new PeeringClientOptions(BaseUrl, Token: null, settings.Timeout)),
            Tokens.All);
        fixtures = CreateFixtures(settings, endpoint);
    }

    public TargetSettings Settings { get; }
    public Uri BaseUrl { get; }

    /// <summary>The tokens the run acts with, for a Pact provider-state handler to hand to the verifier.</summary>
    public TenantTokens Tokens { get; }

    /// <summary>Where peerings come from; the conformance checks and a Pact provider-state handler share them.</summary>
    public IPeeringFixtures Fixtures => fixtures;

    /// <summary>Starts the embedded provider when needed and checks the target answers and the tokens are accepted.</summary>
    public static async Task<ConformanceTarget> StartAsync(TargetSettings settings, CancellationToken cancellationToken)
    {
        ReferenceProviderHost? embedded = null;
        if (settings.UsesEmbeddedProvider)
        {
            embedded = await ReferenceProviderHost.StartAsync(
                new ReferenceProviderOptions { EnableProviderStates = settings.Fixtures == FixtureStrategy.ProviderState },
                cancellationToken);
        }

        ConformanceTarget? target = null;
        try
        {
            var endpoint = embedded is null ? TargetEndpoint.FromSettings(settings) : TargetEndpoint.FromEmbedded(embedded);
            target = new ConformanceTarget(settings, endpoint, embedded);
            await Preflight.RunAsync(target.tenants, settings, cancellationToken);
            return target;
        }
        catch
        {
            if (target is not null)
            {
                await target.DisposeAsync();
            }
            else if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }

            throw;
        }
    }

    public CheckContext ContextFor(Requirement requirement, CancellationToken cancellationToken) =>
        new(requirement, Settings, fixtures, tenants, cancellationToken);

    /// <summary>Removes what the run created; returns a line for everything that could not be removed.</summary>
    public Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken) => fixtures.CleanUpAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        tenants.Dispose();
        stateClient.Dispose();
        if (embeddedProvider is not null)
        {
            await embeddedProvider.DisposeAsync();
        }
    }

    private PeeringApiClient? Client(string? token) =>
        token is null ? null : new PeeringApiClient(new PeeringClientOptions(BaseUrl, token, Settings.Timeout));

    private IPeeringFixtures CreateFixtures(TargetSettings settings, TargetEndpoint endpoint) => settings.Fixtures switch
    {
        FixtureStrategy.ProviderState => new ProviderStateFixtures(stateClient, endpoint.ProviderStateUrl!, tenants.Accepter, endpoint.Parties),
        FixtureStrategy.Preprovisioned => new PreprovisionedFixtures(settings.PendingIds, tenants.Accepter, endpoint.Parties),
        _ => new ApiFixtures(tenants.Requester!, tenants.Accepter, endpoint.Parties),
    };
}
