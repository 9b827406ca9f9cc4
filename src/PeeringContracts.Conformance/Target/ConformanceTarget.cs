using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Model;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Target;

/// <summary>
/// The implementation under test for one run: a provider at a known URL (a live one, or one the runner started and
/// hands over to be disposed with the target), its tenants, and the fixture strategy that feeds the checks.
/// </summary>
public sealed class ConformanceTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable? ownedProvider;
    private readonly HttpClient stateClient;
    private readonly Dictionary<TenantCredentials, PeeringApiClient> clients = [];
    private readonly PeeringApiClient anonymous;
    private readonly TenantClients tenants;
    private readonly IPeeringFixtures fixtures;
    private readonly RefusalAudit audit = new();
    private readonly ExchangeLedger ledger;
    private readonly ModelRun model;

    private ConformanceTarget(TargetSettings settings, LiveTarget live, IAsyncDisposable? ownedProvider)
    {
        Settings = settings;
        BaseUrl = live.BaseUrl;
        Tenants = live.Tenants;
        this.ownedProvider = ownedProvider;
        stateClient = new HttpClient { Timeout = settings.Timeout };
        ledger = new ExchangeLedger(BaseUrl, new RequestBudget(settings.Limits).Admit);
        anonymous = new PeeringApiClient(new PeeringClientOptions(BaseUrl, Token: null, settings.Timeout) { Observer = ledger });
        tenants = new TenantClients(
            ClientFor(live.Tenants.Accepter),
            live.Tenants.Requester is { } requester ? ClientFor(requester) : null,
            live.Tenants.Outsider is { } outsider ? ClientFor(outsider) : null,
            anonymous,
            live.Tenants);
        model = new ModelRun(live.Fixtures as ApiFixtureSource, settings.Model);
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

    /// <summary>Connects to the live target the settings name.</summary>
    public static Task<ConformanceTarget> StartAsync(TargetSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ConnectAsync(settings,
            settings.Live ?? throw new ArgumentException("No PEERING_BASE_URL: the runner starts the embedded provider (EmbeddedTarget).", nameof(settings)),
            ownedProvider: null, cancellationToken);
    }

    /// <summary>Makes the target for <paramref name="live"/> and runs the preflight, which checks the target answers and
    /// accepts the credentials; <paramref name="ownedProvider"/> (a provider the caller started for it) is disposed with
    /// the target, but on failure stays the caller's to dispose.</summary>
    public static async Task<ConformanceTarget> ConnectAsync(
        TargetSettings settings, LiveTarget live, IAsyncDisposable? ownedProvider, CancellationToken cancellationToken)
    {
        var target = new ConformanceTarget(settings, live, ownedProvider);
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

    public CheckContext ContextFor(Requirement requirement, CancellationToken cancellationToken) =>
        new(requirement, Settings, fixtures, tenants, audit, model, cancellationToken);

    /// <summary>The end-of-run audit: re-reads every peering a refused request touched and releases it. Call it after the
    /// last check, before <see cref="CleanUpAsync"/>; it returns every change found, each naming its requirement.</summary>
    public async Task<IReadOnlyList<AuditFinding>> AuditAsync(CancellationToken cancellationToken)
    {
        ExchangeOrigin.Enter(ExchangeOrigin.During("the end-of-run audit"));
        return await audit.RunAsync(
            requirementId => ContextFor(ConformanceCatalog.Get(requirementId).Requirement, cancellationToken),
            fixture => fixtures.ReleaseAsync(fixture, cancellationToken));
    }

    /// <summary>How many peerings the end-of-run audit has read again so far.</summary>
    public int Audited => audit.Audited;

    /// <summary>Removes what the run created; returns a line for everything that could not be removed.</summary>
    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        ExchangeOrigin.Enter(ExchangeOrigin.During("the run's cleanup"));
        return await fixtures.CleanUpAsync(cancellationToken);
    }

    /// <summary>How many requests of each operation the run sent so far, every client's (checks, fixtures, reads, audit, cleanup).</summary>
    public IReadOnlyList<(string Operation, int Count)> RequestsByOperation() =>
        [.. ledger.Exchanges.GroupBy(exchange => exchange.Operation.Name).Select(group => (group.Key, group.Count())).OrderByDescending(entry => entry.Item2)];

    /// <summary>Judges every exchange of the run so far by every answer oracle: one result per oracle.</summary>
    public IReadOnlyList<CheckResult> JudgeEveryAnswer() => OracleJudgement.Judge(ledger.Exchanges, Tenants.NamedSecrets);

    public async ValueTask DisposeAsync()
    {
        DisposeClients();
        if (ownedProvider is not null)
        {
            await ownedProvider.DisposeAsync();
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
        model.Dispose();
    }

    /// <summary>One client per tenant: the fixtures and the checks that play the same tenant share it.</summary>
    private PeeringApiClient ClientFor(TenantCredentials credentials)
    {
        if (!clients.TryGetValue(credentials, out var client))
        {
            client = new PeeringApiClient(credentials.ClientOptions(BaseUrl, Settings.Timeout) with { Observer = ledger });
            clients[credentials] = client;
        }

        return client;
    }
}
