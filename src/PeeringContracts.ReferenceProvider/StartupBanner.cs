namespace PeeringContracts.ReferenceProvider;

/// <summary>What the standalone program prints once it listens: where, as whom to call it, and which faults and quirks are on.
/// Only the documented default tokens are printed; a token set by configuration may be a real secret.</summary>
internal static class StartupBanner
{
    public static void Print(TextWriter output, IEnumerable<string> urls, string basePath, ReferenceProviderOptions options)
    {
        output.WriteLine($"Reference VPC peering provider listening on {string.Join(", ", urls.Select(url => url + basePath))}");
        output.WriteLine("Tenants (send the token as X-Auth-Token):");
        foreach (var tenant in options.Tenants)
        {
            var token = DefaultTenants.All.Any(known => known.Token == tenant.Token) ? tenant.Token : "(set by configuration, not shown)";
            output.WriteLine($"  {tenant.Role,-9}  token {token}  tenant {tenant.TenantId}  vpc {tenant.VpcId}");
        }

        output.WriteLine($"Faults: {Listed(options.Faults)}");
        output.WriteLine($"Quirks: {Listed(options.Quirks)}");
        output.WriteLine($"Provider states: {(options.EnableProviderStates ? $"POST {basePath}/_pact/provider-states" : "off")}");
    }

    private static string Listed(IReadOnlyCollection<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
