namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>The role names a <see cref="TenantAccount"/> may carry.</summary>
public static class TenantRoles
{
    public const string Requester = "requester";
    public const string Accepter = "accepter";
    public const string Outsider = "outsider";
}
