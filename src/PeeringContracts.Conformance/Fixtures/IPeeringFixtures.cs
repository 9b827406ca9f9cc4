namespace PeeringContracts.Conformance.Fixtures;

/// <summary>Where a check's peerings come from (<c>PEERING_FIXTURES</c>), and how they are cleaned up afterwards.</summary>
public interface IPeeringFixtures
{
    /// <summary>
    /// A peering in <c>PENDING_ACCEPTANCE</c> from the requesting to the accepting tenant, with <paramref name="description"/>
    /// where the strategy creates it (api); provider states and preprovisioned peerings come as they are. The fixture's
    /// expected description is the one the peering has.
    /// </summary>
    Task<PeeringFixture> CreatePendingAsync(string name, string? description, CancellationToken cancellationToken);

    /// <summary>The compared fields whose expected value this run's fixtures so far took from the provider alone.</summary>
    ExpectedFromProvider ExpectedFromProvider { get; }

    /// <summary>False where <see cref="CreateActiveAsync"/> would throw PrerequisiteMissingException.</summary>
    bool CanMakeActivePeerings { get; }

    /// <summary>A peering the accepting tenant has accepted (<c>ACTIVE</c>); throws PrerequisiteMissingException where the strategy cannot make one.</summary>
    Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the check that made <paramref name="fixture"/> no longer needs it, so a provider that allows one live
    /// peering per VPC pair can serve the next check. Never throws; what it cannot remove stays for <see cref="CleanUpAsync"/>.
    /// </summary>
    Task ReleaseAsync(PeeringFixture fixture, CancellationToken cancellationToken);

    /// <summary>Removes what the run created and still holds, tolerating "already gone"; returns one line for each thing it could not remove.</summary>
    Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken);
}
