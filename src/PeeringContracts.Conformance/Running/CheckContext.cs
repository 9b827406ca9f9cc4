using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Running;

/// <summary>What one check may use: the target's tenants, fixtures made for it, and generated data seeded for it.</summary>
public sealed class CheckContext(
    Requirement requirement,
    TargetSettings settings,
    IPeeringFixtures fixtures,
    TenantClients tenants,
    CancellationToken cancellationToken)
{
    public Requirement Requirement { get; } = requirement;
    public TargetSettings Settings { get; } = settings;
    public FixtureData Data { get; } = new(settings.Seed, requirement.Id);
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The tenant that receives peering requests and rejects them.</summary>
    public PeeringApiClient Accepter => tenants.Accepter;

    /// <summary>A client that sends no <c>X-Auth-Token</c> at all.</summary>
    public PeeringApiClient Anonymous => tenants.Anonymous;

    public PeeringApiClient Requester => tenants.Requester
        ?? throw new PrerequisiteMissingException($"{SettingNames.RequesterToken} is not set, so the requesting tenant cannot be played.");

    public PeeringApiClient Outsider => tenants.Outsider
        ?? throw new PrerequisiteMissingException($"{SettingNames.OutsiderToken} is not set, so no unrelated tenant can be played.");

    public Task<PeeringFixture> PendingPeeringAsync() => fixtures.CreatePendingAsync(Data.PeeringName(), CancellationToken);

    public Task<PeeringFixture> ActivePeeringAsync() => fixtures.CreateActiveAsync(Data.PeeringName(), CancellationToken);

    /// <summary>Sends the reject as the given tenant (the accepter by default) and returns the raw exchange.</summary>
    public Task<PeeringExchange> RejectAsync(string peeringId, PeeringApiClient? asTenant = null) =>
        (asTenant ?? Accepter).SendAsync(ApiRequest.Reject(peeringId), CancellationToken);

    public Task<PeeringExchange> SendAsync(ApiRequest request, PeeringApiClient? asTenant = null) =>
        (asTenant ?? Accepter).SendAsync(request, CancellationToken);

    /// <summary>The peering's status as the accepting tenant sees it through <c>GET /v2.0/vpc/peerings/{id}</c>.</summary>
    public async Task<string> StatusOfAsync(string peeringId) =>
        (await Accepter.ShowAsync(peeringId, CancellationToken)).Status;
}
