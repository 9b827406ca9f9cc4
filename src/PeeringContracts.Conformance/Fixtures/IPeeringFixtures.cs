namespace PeeringContracts.Conformance.Fixtures;

/// <summary>Where a check's peerings come from (<c>PEERING_FIXTURES</c>), and how they are cleaned up afterwards.</summary>
public interface IPeeringFixtures
{
    /// <summary>A peering in <c>PENDING_ACCEPTANCE</c> from the requesting to the accepting tenant.</summary>
    Task<PeeringFixture> CreatePendingAsync(string name, CancellationToken cancellationToken);

    /// <summary>A peering the accepting tenant has accepted (<c>ACTIVE</c>); throws PrerequisiteMissingException where the strategy cannot make one.</summary>
    Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Removes what the run created, tolerating "already gone"; returns one line for each thing it could not remove.</summary>
    Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken);
}
