using System.Collections.Concurrent;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.InputSpace;
using PeeringContracts.Conformance.Model;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Running;

/// <summary>What one check may use: the target's tenants, fixtures made for it, and generated data seeded for it.</summary>
public sealed class CheckContext(
    Requirement requirement,
    TargetSettings settings,
    IPeeringFixtures fixtures,
    TenantClients tenants,
    RefusalAudit audit,
    ModelRun model,
    CancellationToken cancellationToken)
{
    private readonly ConcurrentQueue<PeeringFixture> held = new();
    private readonly ConcurrentDictionary<string, bool> released = new(StringComparer.Ordinal);
    private readonly List<string> notJudged = [];
    private string? covered;
    private readonly Dictionary<string, (List<string> Tried, int Declared)> inputsTried = new(StringComparer.Ordinal);

    public Requirement Requirement { get; } = requirement;
    public TargetSettings Settings { get; } = settings;
    public FixtureData Data { get; } = new(settings.Seed, requirement.Id);
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>What the model-based requirements of this run share: where they create, their budget, their turn.</summary>
    public ModelRun Model { get; } = model;

    /// <summary>The tenant that receives peering requests and rejects them.</summary>
    public PeeringApiClient Accepter => tenants.Accepter;

    /// <summary>A client that sends no credentials at all: neither a token nor a signature.</summary>
    public PeeringApiClient Anonymous => tenants.Anonymous;

    public bool HasRequester => tenants.Requester is not null;

    /// <summary>Every token or key the run's tenants send, with its variable: no answer may repeat one.</summary>
    public IReadOnlyList<NamedSecret> TenantSecrets => tenants.Credentials.NamedSecrets;

    /// <summary>Whether the fixture strategy can make ACTIVE peerings (preprovisioned fixtures cannot).</summary>
    public bool CanMakeActivePeerings => fixtures.CanMakeActivePeerings;

    public PeeringApiClient Requester => tenants.Requester
        ?? throw new PrerequisiteMissingException($"{TenantVariables.Requester.Named(Settings.Auth)} is not set, so the requesting tenant cannot be played.");

    public PeeringApiClient Outsider => tenants.Outsider
        ?? throw new PrerequisiteMissingException($"{TenantVariables.Outsider.Named(Settings.Auth)} is not set, so no unrelated tenant can be played.");

    /// <summary>The request as the accepting tenant's client sends it without credentials: no token, or unsigned.</summary>
    public AuthProbe Unauthenticated(ApiRequest request) => tenants.Credentials.Accepter.Unauthenticated(request);

    /// <summary>The request with credentials no tenant holds: an invalid token, or the accepter's access key with a wrong secret key.</summary>
    public AuthProbe WronglyAuthenticated(ApiRequest request) => tenants.Credentials.Accepter.WronglyAuthenticated(request, Data.InvalidToken());

    /// <summary>The reject in each near miss of the accepting tenant's credentials (see <see cref="TenantCredentials.NearMisses"/>).</summary>
    public InputDimension<ApiRequest> NearMissCredentials(ApiRequest request) => tenants.Credentials.Accepter.NearMisses(request, Data.Noise());

    /// <summary>A pending peering, with <paramref name="description"/> where the fixture strategy can set one at create;
    /// the fixture's expected description says which one the peering has.</summary>
    public async Task<PeeringFixture> PendingPeeringAsync(string? description = null) =>
        Hold(await fixtures.CreatePendingAsync(Data.PeeringName(), description, CancellationToken));

    public async Task<PeeringFixture> ActivePeeringAsync() => Hold(await fixtures.CreateActiveAsync(Data.PeeringName(), CancellationToken));

    /// <summary>Gives a fixture back before the check ends (checks that use several in turn), so the next one can be made;
    /// one a refused request touched stays for the end-of-run audit. A fixture is released once, however often it is given back.</summary>
    public Task ReleaseAsync(PeeringFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return !released.TryAdd(fixture.Id, true) || audit.Keeps(fixture) ? Task.CompletedTask : fixtures.ReleaseAsync(fixture, CancellationToken);
    }

    /// <summary>Gives back every fixture the check made; the runner calls it when the check ends, however it ended.</summary>
    internal async Task ReleaseAllAsync()
    {
        while (held.TryDequeue(out var fixture))
        {
            await ReleaseAsync(fixture);
        }
    }

    /// <summary>Has the end-of-run audit read the peering again when the run ends: a refused request (<paramref name="refusal"/>)
    /// must have left it as <paramref name="before"/>, then and later.</summary>
    internal void AuditAtEndOfRun(PeeringSnapshot before, PeeringExchange refusal) =>
        audit.Record(Requirement.Id, before, $"{refusal.Method} {refusal.Url.AbsolutePath} (answered {refusal.StatusCode})");

    /// <summary>Takes the peering out of the end-of-run audit: the check's next request is meant to change it, after the
    /// refusals before it were judged over the settle window.</summary>
    internal void ChangesOnPurpose(PeeringFixture fixture) => audit.Forget(fixture.Id);

    /// <summary>Records a part of the requirement the check could not judge (an optional operation the provider does not
    /// offer) with its reason; the rest of the check still runs and decides. The same part recorded twice is listed once.</summary>
    public void NotJudged(string partAndReason)
    {
        lock (notJudged)
        {
            if (!notJudged.Contains(partAndReason))
            {
                notJudged.Add(partAndReason);
            }
        }
    }

    /// <summary>Records what the check explored, for the report (the model-based requirements: operations, states, refusals).</summary>
    public void Covered(string coverage) => covered = coverage;

    internal string? Coverage => covered;

    internal IReadOnlyList<string> NotJudgedParts
    {
        get
        {
            lock (notJudged)
            {
                return [.. notJudged];
            }
        }
    }

    /// <summary>The forms of a declared dimension, each recorded as tried when the check takes it, so the report lists
    /// what was sent even when a check stops at its first failure.</summary>
    public IEnumerable<InputForm<T>> Each<T>(InputDimension<T> dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        foreach (var form in dimension.Forms)
        {
            lock (inputsTried)
            {
                if (!inputsTried.TryGetValue(dimension.Name, out var coverage))
                {
                    coverage = ([], dimension.Forms.Count);
                    inputsTried[dimension.Name] = coverage;
                }

                coverage.Tried.Add(form.Label);
            }

            yield return form;
        }
    }

    internal IReadOnlyList<DimensionCoverage> InputsTried
    {
        get
        {
            lock (inputsTried)
            {
                return [.. inputsTried.Select(entry => new DimensionCoverage(entry.Key, [.. entry.Value.Tried.Distinct(StringComparer.Ordinal)], entry.Value.Declared))];
            }
        }
    }

    private PeeringFixture Hold(PeeringFixture fixture)
    {
        held.Enqueue(fixture);
        return fixture;
    }

    /// <summary>Sends the reject as the given tenant (the accepter by default) and returns the raw exchange.</summary>
    public Task<PeeringExchange> RejectAsync(string peeringId, PeeringApiClient? asTenant = null) =>
        SendAsync(ApiRequest.Reject(peeringId), asTenant);

    /// <summary>Sends the request as the given tenant (the accepter by default). A 429 that outlasted the client's
    /// retries means the requirement could not be judged, never that the provider broke it.</summary>
    public async Task<PeeringExchange> SendAsync(ApiRequest request, PeeringApiClient? asTenant = null)
    {
        ExchangeOrigin.Enter(ExchangeOrigin.Current.Judged());
        var exchange = await (asTenant ?? Accepter).SendAsync(request, CancellationToken);
        return exchange.StatusCode == Throttling.StatusCode ? throw Throttling.CouldNotJudge(exchange) : exchange;
    }

    /// <summary>The peering's status as the accepting tenant sees it through <c>GET /v2.0/vpc/peerings/{id}</c>.</summary>
    public async Task<string> StatusOfAsync(string peeringId) =>
        (await Accepter.ShowAsync(peeringId, CancellationToken)).Status;
}
