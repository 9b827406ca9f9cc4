using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>
/// Options of the standalone program, from configuration: <c>PEERING_FAULTS</c> or <c>--faults</c> and
/// <c>PEERING_QUIRKS</c> or <c>--quirks</c> (comma-separated),
/// <c>PEERING_PROVIDER_STATES=true</c> or <c>--provider-states</c>, and per role <c>Tenants:&lt;Role&gt;:Token</c>,
/// <c>:TenantId</c>, <c>:VpcId</c>, <c>:AccessKey</c>, <c>:SecretKey</c> (for example the environment variable <c>Tenants__Accepter__Token</c>).
/// </summary>
internal static class StandaloneOptions
{
    /// <summary>The command-line configuration wants a value after every switch; <c>--provider-states</c> alone means true.</summary>
    public static string[] NormalizeSwitches(string[] args) =>
        [.. args.Select(arg => arg == "--provider-states" ? "--provider-states=true" : arg)];

    public static ReferenceProviderOptions From(IConfiguration configuration) => new()
    {
        Faults = Names(configuration["faults"] ?? configuration["PEERING_FAULTS"]),
        Quirks = Names(configuration["quirks"] ?? configuration["PEERING_QUIRKS"]),
        EnableProviderStates = IsTrue(configuration["provider-states"]) || IsTrue(configuration["PEERING_PROVIDER_STATES"]),
        Tenants = [.. DefaultTenants.All.Select(tenant => Configured(tenant, configuration.GetSection($"Tenants:{tenant.Role}")))],
    };

    private static TenantAccount Configured(TenantAccount tenant, IConfigurationSection section) => tenant with
    {
        Token = section["Token"] ?? tenant.Token,
        TenantId = section["TenantId"] ?? tenant.TenantId,
        VpcId = section["VpcId"] ?? tenant.VpcId,
        AccessKey = section["AccessKey"] ?? tenant.AccessKey,
        SecretKey = section["SecretKey"] ?? tenant.SecretKey,
    };

    private static string[] Names(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsTrue(string? value) => bool.TryParse(value, out var flag) && flag;
}
