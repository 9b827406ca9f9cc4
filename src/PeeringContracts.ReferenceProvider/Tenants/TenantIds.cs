namespace PeeringContracts.ReferenceProvider.Tenants;

internal static class TenantIds
{
    /// <summary>Tenant ids come as 32 hex characters or as hyphenated UUIDs: two spellings of one UUID name one tenant.</summary>
    public static bool Same(string tenantId, string otherTenantId) =>
        string.Equals(tenantId, otherTenantId, StringComparison.OrdinalIgnoreCase)
        || (Guid.TryParse(tenantId, out var uuid) && Guid.TryParse(otherTenantId, out var otherUuid) && uuid == otherUuid);
}
