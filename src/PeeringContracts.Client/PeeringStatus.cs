namespace PeeringContracts.Client;

/// <summary>The documented values of <see cref="Peering.Status"/>.</summary>
public static class PeeringStatus
{
    public const string PendingAcceptance = "PENDING_ACCEPTANCE";
    public const string Rejected = "REJECTED";
    public const string Active = "ACTIVE";
    public const string Deleted = "DELETED";
}
