using PeeringContracts.Conformance.Fixtures;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// A provider to check, already validated: where it is, who the run acts as, where its peerings come from, and the
/// two sides of every peering as the settings name them (the independent truth the checks compare with).
/// </summary>
public sealed record LiveTarget(Uri BaseUrl, TargetTenants Tenants, FixtureSource Fixtures, KnownParties Parties)
{
    /// <summary>Reads a live target through <paramref name="lookup"/>; <c>PEERING_BASE_URL</c> is required.</summary>
    public static LiveTarget Load(Func<string, string?> lookup)
    {
        var settings = new SettingReader(lookup);
        var baseUrl = settings.Url(SettingNames.BaseUrl)
            ?? throw new ConformanceConfigurationException(SettingNames.BaseUrl, "not set; a live target needs the provider root.");
        return Load(settings, baseUrl, settings.Choice(SettingNames.Auth, TargetSettings.AuthModes), settings.Choice(SettingNames.Fixtures, TargetSettings.FixtureStrategies));
    }

    internal static LiveTarget Load(SettingReader settings, Uri baseUrl, AuthMode auth, FixtureStrategy fixtures)
    {
        var accepter = TenantVariables.Accepter.Read(settings, auth) ?? throw new ConformanceConfigurationException(
            TenantVariables.Accepter.Named(auth), "not set; the credentials of the tenant that rejects are needed for every check.");
        var requester = TenantVariables.Requester.Read(settings, auth);
        var tenants = new TargetTenants(accepter, requester, TenantVariables.Outsider.Read(settings, auth));
        FixtureSource source = fixtures switch
        {
            FixtureStrategy.ProviderState => new ProviderStateFixtureSource(settings.Url(SettingNames.ProviderStateUrl)
                ?? throw new ConformanceConfigurationException(SettingNames.ProviderStateUrl, "fixtures 'provider-state' need the URL of the provider-state endpoint.")),
            FixtureStrategy.Preprovisioned => new PreprovisionedFixtureSource(settings.List(SettingNames.PendingIds) is { Count: > 0 } ids
                ? ids
                : throw new ConformanceConfigurationException(SettingNames.PendingIds, "fixtures 'preprovisioned' need comma-separated ids of pending peerings the run may reject.")),
            _ => RequireApiFixtures(settings, requester, auth),
        };
        var parties = new KnownParties(
            settings.Text(SettingNames.RequesterVpcId), settings.Text(SettingNames.RequesterTenantId),
            settings.Text(SettingNames.AccepterVpcId), settings.Text(SettingNames.AccepterTenantId));
        return new LiveTarget(baseUrl, tenants, source, parties);
    }

    private static ApiFixtureSource RequireApiFixtures(SettingReader settings, TenantCredentials? requester, AuthMode auth) => new(
        requester ?? throw new ConformanceConfigurationException(TenantVariables.Requester.Named(auth), "not set; fixtures 'api' create peerings as the requesting tenant."),
        settings.Required(SettingNames.RequesterVpcId, "fixtures 'api' create peerings from this VPC"),
        settings.Required(SettingNames.AccepterVpcId, "fixtures 'api' create peerings to this VPC"),
        settings.Required(SettingNames.AccepterTenantId, "fixtures 'api' create cross-tenant peerings to this tenant"));
}
