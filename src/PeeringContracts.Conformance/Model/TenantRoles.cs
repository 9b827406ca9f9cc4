namespace PeeringContracts.Conformance.Model;

/// <summary>How reports name the roles.</summary>
public static class TenantRoles
{
    public static string Word(this TenantRole role) => role switch
    {
        TenantRole.Requester => "requester",
        TenantRole.Accepter => "accepter",
        _ => "outsider",
    };

    public static bool IsParty(this TenantRole role) => role != TenantRole.Outsider;
}
