namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>The configured tenants, looked up by token, by access key, by tenant id, by VPC id and by role.</summary>
internal sealed class TenantDirectory
{
    private readonly IReadOnlyList<TenantAccount> tenants;

    public TenantDirectory(IReadOnlyList<TenantAccount> tenants)
    {
        RequireDistinct(tenants, tenant => tenant.Token, "token");
        RequireDistinct(tenants, tenant => tenant.VpcId, "VPC id");
        RequireDistinct([.. tenants.Where(tenant => tenant.AccessKey is not null)], tenant => tenant.AccessKey!, "access key");
        this.tenants = tenants;
    }

    public IReadOnlyList<TenantAccount> All => tenants;

    public TenantAccount? ByToken(string? token) =>
        string.IsNullOrEmpty(token) ? null : tenants.FirstOrDefault(tenant => tenant.Token == token);

    public TenantAccount? ByAccessKey(string accessKey) => tenants.FirstOrDefault(tenant => tenant.AccessKey == accessKey);

    /// <summary>The tenant of that id, in either of its spellings (see <see cref="TenantIds.Same"/>).</summary>
    public TenantAccount? ById(string tenantId) => tenants.FirstOrDefault(tenant => TenantIds.Same(tenant.TenantId, tenantId));

    public TenantAccount? OwnerOfVpc(string vpcId) => tenants.FirstOrDefault(tenant => tenant.VpcId == vpcId);

    public TenantAccount ByRole(string role) =>
        tenants.FirstOrDefault(tenant => tenant.Role == role)
        ?? throw new ArgumentException($"No tenant with role '{role}' is configured; the provider states need one.");

    private static void RequireDistinct(IReadOnlyList<TenantAccount> tenants, Func<TenantAccount, string> key, string what)
    {
        if (tenants.Select(key).Distinct(StringComparer.Ordinal).Count() != tenants.Count)
        {
            throw new ArgumentException($"Every tenant needs its own {what}; two configured tenants share one.");
        }
    }
}
