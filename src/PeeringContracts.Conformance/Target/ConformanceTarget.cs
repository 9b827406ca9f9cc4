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
    private readonly Dictionary<TenantCredentials, PeeringApiClient> clients = [];
    private readonly PeeringApiClient anonymous;
    private readonly TenantClients tenants;
    private readonly IPeeringFixtures fixtures;
    private readonly RefusalAudit audit = new();

    private ConformanceTarget(TargetSettings settings, LiveTarget live, ReferenceProviderHost? embeddedProvider)
    {
        Settings = settings;
        BaseUrl = live.BaseUrl;
        Tenants = live.Tenants;
        this.embeddedProvider = embeddedProvider;
        stateClient = new HttpClient { Timeout = settings.Timeout };
        anonymous = new PeeringApiClient(new PeeringClientOptions(BaseUrl, Token: null, settings.Timeout));
        tenants = new TenantClients(
            ClientFor(live.Tenants.Accepter),
            live.Tenants.Requester is { } requester ? ClientFor(requester) : null,
            live.Tenants.Outsider is { } outsider ? ClientFor(outsider) : null,
            anonymous,
            live.Tenants);
        fixtures = live.Fixtures switch
        {
            ProviderStateFixtureSource state => new ProviderStateFixtures(stateClient, state.StateUrl, tenants.Accepter, live.Parties),
            PreprovisionedFixtureSource preprovisioned => new PreprovisionedFixtures(preprovisioned.PendingIds, tenants.Accepter, live.Parties),
            ApiFixtureSource api => new ApiFixtures(ClientFor(api.Requester), tenants.Accepter, api, live.Parties, makeRoom: AuditAsync),
            _ => throw new ArgumentOutOfRangeException(nameof(live), live.Fixtures.GetType().Name, "an unknown fixture source"),
        };
    }

    public TargetSettings Settings { get; }
    public Uri BaseUrl { get; }

    /// <summary>Who the run acts as (tokens or key pairs), e.g. for a Pact provider-state handler to hand tokens to the verifier.</summary>
    public TargetTenants Tenants { get; }

    /// <summary>Where peerings come from; the conformance checks and a Pact provider-state handler share them.</summary>
    public IPeeringFixtures Fixtures => fixtures;

    /// <summary>Starts the embedded provider when needed and checks the target answers and the credentials are accepted.</summary>
    public static async Task<ConformanceTarget> StartAsync(TargetSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Live is { } live)
        {
            return await ConnectAsync(settings, live, embeddedProvider: null, cancellationToken);
        }

        var embedded = await ReferenceProviderHost.StartAsync(
            new ReferenceProviderOptions { EnableProviderStates = settings.Fixtures == FixtureStrategy.ProviderState },
            cancellationToken);
        try
        {
            return await ConnectAsync(settings, EmbeddedProviderSettings.Target(embedded, settings.Auth, settings.Fixtures), embedded, cancellationToken);
        }
        catch
        {
            await embedded.DisposeAsync();
            throw;
        }
    }

    public CheckContext ContextFor(Requirement requirement, CancellationToken cancellationToken) =>
        new(requirement, Settings, fixtures, tenants, audit, cancellationToken);

    /// <summary>The end-of-run audit: re-reads every peering a refused request touched and releases it. Call it after the
    /// last check, before <see cref="CleanUpAsync"/>; it returns every change found, each naming its requirement.</summary>
    public Task<IReadOnlyList<AuditFinding>> AuditAsync(CancellationToken cancellationToken) =>
        audit.RunAsync(
            requirementId => ContextFor(ConformanceCatalog.Get(requirementId).Requirement, cancellationToken),
            fixture => fixtures.ReleaseAsync(fixture, cancellationToken));

    /// <summary>How many peerings the end-of-run audit has read again so far.</summary>
    public int Audited => audit.Audited;

    /// <summary>Removes what the run created; returns a line for everything that could not be removed.</summary>
    public Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken) => fixtures.CleanUpAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        DisposeClients();
        if (embeddedProvider is not null)
        {
            await embeddedProvider.DisposeAsync();
        }
    }

    /// <summary>Makes the target and runs the preflight; on failure it disposes its clients, the caller the provider it started.</summary>
    private static async Task<ConformanceTarget> ConnectAsync(
        TargetSettings settings, LiveTarget live, ReferenceProviderHost? embeddedProvider, CancellationToken cancellationToken)
    {
        var target = new ConformanceTarget(settings, live, embeddedProvider);
        try
        {
            await Preflight.RunAsync(live.Tenants, target.ClientFor, settings, cancellationToken);
            return target;
        }
        catch
        {
            target.DisposeClients();
            throw;
        }
    }

    private void DisposeClients()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        anonymous.Dispose();
        stateClient.Dispose();
    }

    /// <summary>One client per tenant: the fixtures and the checks that play the same tenant share it.</summary>
    private PeeringApiClient ClientFor(TenantCredentials credentials)
    {
        if (!clients.TryGetValue(credentials, out var client))
        {
            client = new PeeringApiClient(credentials.ClientOptions(BaseUrl, Settings.Timeout));
            clients[credentials] = client;
        }

        return client;
    }
}
