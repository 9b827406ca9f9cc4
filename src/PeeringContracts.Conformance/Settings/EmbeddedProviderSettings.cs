using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// The settings a user would write to point the suite at a reference provider started elsewhere (PEERING_BASE_URL, its
/// tenants' tokens and ids): how the self-tests reach a provider with faults through the same path a provider team takes.
/// </summary>
public static class EmbeddedProviderSettings
{
    public static Func<string, string?> For(ReferenceProviderHost provider, IReadOnlyDictionary<string, string>? overrides = null)
    {
        TenantAccount Role(string role) => provider.Tenants.Single(tenant => tenant.Role == role);
        var values = new Dictionary<string, string>
        {
            [SettingNames.BaseUrl] = provider.BaseUrl.ToString(),
            [SettingNames.AccepterToken] = Role("accepter").Token,
            [SettingNames.RequesterToken] = Role("requester").Token,
            [SettingNames.OutsiderToken] = Role("outsider").Token,
            [SettingNames.RequesterVpcId] = Role("requester").VpcId,
            [SettingNames.AccepterVpcId] = Role("accepter").VpcId,
            [SettingNames.AccepterTenantId] = Role("accepter").TenantId,
            [SettingNames.RequesterTenantId] = Role("requester").TenantId,
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return name => values.GetValueOrDefault(name);
    }
}
