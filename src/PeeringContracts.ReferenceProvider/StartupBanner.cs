namespace PeeringContracts.ReferenceProvider;

/// <summary>What the standalone program prints once it listens: where, as whom to call it, and which faults and quirks are on.
/// Only the documented default tokens and key pairs are printed; one set by configuration may be a real credential.</summary>
internal static class StartupBanner
{
    public static void Print(TextWriter output, IEnumerable<string> urls, string basePath, ReferenceProviderOptions options)
    {
        output.WriteLine($"Reference VPC peering provider listening on {string.Join(", ", urls.Select(url => url + basePath))}");
        output.WriteLine("Tenants (send the token as X-Auth-Token, or sign with AK/SK and the tenant as project id):");
        foreach (var tenant in options.Tenants)
        {
            var token = Shown(tenant.Token, DefaultTenants.All.Select(known => known.Token));
            var accessKey = Shown(tenant.AccessKey, DefaultTenants.All.Select(known => known.AccessKey));
            var secretKey = Shown(tenant.SecretKey, DefaultTenants.All.Select(known => known.SecretKey));
            output.WriteLine($"  {tenant.Role,-9}  token {token}  ak {accessKey}  sk {secretKey}  tenant {tenant.TenantId}  vpc {tenant.VpcId}");
        }

        output.WriteLine($"Faults: {Listed(options.Faults)}");
        output.WriteLine($"Quirks: {Listed(options.Quirks)}");
        output.WriteLine($"Provider states: {(options.EnableProviderStates ? $"POST {basePath}/_pact/provider-states" : "off")}");
    }

    private static string Shown(string? credential, IEnumerable<string?> documented) =>
        credential is null ? "(none)" : documented.Contains(credential) ? credential : "(set by configuration, not shown)";

    private static string Listed(IReadOnlyCollection<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
