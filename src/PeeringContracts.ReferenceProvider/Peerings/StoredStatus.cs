namespace PeeringContracts.ReferenceProvider.Peerings;

internal static class StoredStatus
{
    public const string PendingAcceptance = "PENDING_ACCEPTANCE";
    public const string Active = "ACTIVE";
    public const string Rejected = "REJECTED";
}
