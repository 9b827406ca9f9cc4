using System.Collections.Concurrent;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// <c>PEERING_FIXTURES=preprovisioned</c>: hands out the pending peerings listed in <c>PEERING_PENDING_IDS</c>, one per
/// use. It cannot make ACTIVE peerings (those checks cannot run) and removes nothing: the peerings are not the run's.
/// What a reject must echo comes from the settings (<see cref="KnownParties"/>); the name, and what the settings do not
/// give, can only come from the provider's show.
/// </summary>
public sealed class PreprovisionedFixtures(IReadOnlyList<string> pendingIds, PeeringApiClient accepter, KnownParties parties) : IPeeringFixtures
{
    private readonly ConcurrentQueue<string> unused = new(pendingIds);

    public ExpectedFromProvider ExpectedFromProvider { get; } = new();

    public bool CanMakeActivePeerings => false;

    /// <summary>The next listed peering, with the name and description it was provisioned with.</summary>
    public async Task<PeeringFixture> CreatePendingAsync(string name, string? description, CancellationToken cancellationToken)
    {
        if (!unused.TryDequeue(out var peeringId))
        {
            throw new PrerequisiteMissingException(
                $"all {pendingIds.Count} ids of PEERING_PENDING_IDS are used up; a full run needs one per check that rejects a pending peering.");
        }

        var peering = await FixtureSteps.ShowWithStatusAsync(accepter, peeringId, PeeringStatus.PendingAcceptance, cancellationToken);
        ExpectedFromProvider.Record([ExpectedFromProvider.Name]);
        return new PeeringFixture(peeringId, parties.Overrule(peering, ExpectedFromProvider));
    }

    public Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken) =>
        throw new PrerequisiteMissingException("fixtures 'preprovisioned' cannot make an ACTIVE peering; use 'api' or 'provider-state' for this check.");

    /// <summary>The peerings are not the run's: nothing to remove.</summary>
    public Task ReleaseAsync(PeeringFixture fixture, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
