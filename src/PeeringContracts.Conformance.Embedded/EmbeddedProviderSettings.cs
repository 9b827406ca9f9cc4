using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.Conformance.Embedded;

/// <summary>
/// The settings a user would write to point the suite at a reference provider (PEERING_BASE_URL, its tenants' tokens or
/// key pairs and ids, its provider-state URL): the one mapping through which the embedded target and the self-tests
/// reach a provider, the same path a provider team takes.
/// </summary>
public static class EmbeddedProviderSettings
{
    public static Func<string, string?> For(
        ReferenceProviderHost provider, AuthMode auth = AuthMode.Token, IReadOnlyDictionary<string, string>? overrides = null)
    {
        TenantAccount Role(string role) => provider.Tenants.Single(tenant => tenant.Role == role);
        var values = new Dictionary<string, string>
        {
            [Setting.BaseUrl] = provider.BaseUrl.ToString(),
            [Setting.Auth] = TargetSettings.WordFor(auth),
            [Setting.RequesterVpcId] = Role(TenantRoles.Requester).VpcId,
            [Setting.AccepterVpcId] = Role(TenantRoles.Accepter).VpcId,
            [Setting.AccepterTenantId] = Role(TenantRoles.Accepter).TenantId,
            [Setting.RequesterTenantId] = Role(TenantRoles.Requester).TenantId,
            [Setting.SettleSeconds] = SettleSecondsFor(provider.ReadLag),
        };
        AddCredentials(values, TenantVariables.Accepter, Role(TenantRoles.Accepter), auth);
        AddCredentials(values, TenantVariables.Requester, Role(TenantRoles.Requester), auth);
        AddCredentials(values, TenantVariables.Outsider, Role(TenantRoles.Outsider), auth);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        if (values.GetValueOrDefault(Setting.Fixtures) == TargetSettings.WordFor(FixtureStrategy.ProviderState))
        {
            values[Setting.ProviderStateUrl] = new Uri(provider.BaseUrl, "_pact/provider-states").ToString();
        }

        return name => values.GetValueOrDefault(name);
    }

    /// <summary>The provider as a live target, its peerings made by <paramref name="fixtures"/>.</summary>
    public static LiveTarget Target(ReferenceProviderHost provider, AuthMode auth, FixtureStrategy fixtures) =>
        LiveTarget.Load(For(provider, auth, new Dictionary<string, string> { [Setting.Fixtures] = TargetSettings.WordFor(fixtures) }));

    /// <summary>The settle window its team would declare: 0 for a strongly consistent provider, else its read lag rounded
    /// up to whole seconds (the window starts when the write's answer arrives, after the lag has begun).</summary>
    private static string SettleSecondsFor(TimeSpan readLag) =>
        Math.Ceiling(readLag.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AddCredentials(Dictionary<string, string> values, TenantVariables variables, TenantAccount tenant, AuthMode auth)
    {
        if (auth == AuthMode.Token)
        {
            values[variables.Token] = tenant.Token;
            return;
        }

        // A tenant configured without a key pair is left out, as a user without one would leave it out.
        if (tenant is { AccessKey: { } accessKey, SecretKey: { } secretKey })
        {
            values[variables.AccessKey] = accessKey;
            values[variables.SecretKey] = secretKey;
            values[variables.ProjectId] = tenant.TenantId;
        }
    }
}
