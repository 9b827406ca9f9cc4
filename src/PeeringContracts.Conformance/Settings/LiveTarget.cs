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
        var baseUrl = settings.Url(Setting.BaseUrl);
        if (baseUrl is null && settings.Text(Setting.BaseUrl) is null)
        {
            settings.Problem(Setting.BaseUrl, "not set; a live target needs the provider root.");
        }

        var target = Load(settings, baseUrl, settings.Choice(Setting.Auth, TargetSettings.AuthModes), settings.Choice(Setting.Fixtures, TargetSettings.FixtureStrategies));
        return target is not null && !settings.HasProblems ? target : throw settings.Misconfiguration();
    }

    /// <summary>The live target at <paramref name="baseUrl"/>, or null when a setting it needs is missing or wrong
    /// (each recorded in <paramref name="settings"/>, so the caller reports them all together).</summary>
    internal static LiveTarget? Load(SettingReader settings, Uri? baseUrl, AuthMode auth, FixtureStrategy fixtures)
    {
        var accepter = TenantVariables.Accepter.Read(settings, auth);
        if (accepter is null && !TenantVariables.Accepter.AnyGiven(settings, auth))
        {
            settings.Problem(TenantVariables.Accepter.Named(auth), "not set; the credentials of the tenant that rejects are needed for every check.");
        }

        var requester = TenantVariables.Requester.Read(settings, auth);
        var outsider = TenantVariables.Outsider.Read(settings, auth);
        foreach (var tenant in new[] { TenantVariables.Accepter, TenantVariables.Requester, TenantVariables.Outsider })
        {
            tenant.RejectUnread(settings, auth);
        }

        var source = FixturesFrom(settings, fixtures, requester, auth);
        var parties = new KnownParties(
            settings.Text(Setting.RequesterVpcId), settings.Text(Setting.RequesterTenantId),
            settings.Text(Setting.AccepterVpcId), settings.Text(Setting.AccepterTenantId));
        return baseUrl is not null && accepter is not null && source is not null
            ? new LiveTarget(baseUrl, new TargetTenants(accepter, requester, outsider), source, parties)
            : null;
    }

    private static FixtureSource? FixturesFrom(SettingReader settings, FixtureStrategy fixtures, TenantCredentials? requester, AuthMode auth)
    {
        var word = TargetSettings.WordFor(fixtures);
        if (fixtures != FixtureStrategy.ProviderState)
        {
            settings.Unexpected(Setting.ProviderStateUrl, $"{Setting.Fixtures} is '{word}', which does not use a provider-state endpoint");
        }

        if (fixtures != FixtureStrategy.Preprovisioned)
        {
            settings.Unexpected(Setting.PendingIds, $"{Setting.Fixtures} is '{word}', which does not reject preprovisioned peerings");
        }

        return fixtures switch
        {
            FixtureStrategy.ProviderState => settings.Url(Setting.ProviderStateUrl) is { } stateUrl
                ? new ProviderStateFixtureSource(stateUrl)
                : Missing(settings, Setting.ProviderStateUrl, "fixtures 'provider-state' need the URL of the provider-state endpoint"),
            FixtureStrategy.Preprovisioned => settings.List(Setting.PendingIds) is { Count: > 0 } ids
                ? new PreprovisionedFixtureSource(ids)
                : Missing(settings, Setting.PendingIds, "fixtures 'preprovisioned' need comma-separated ids of pending peerings the run may reject"),
            _ => ApiFixturesFrom(settings, requester, auth),
        };
    }

    private static ApiFixtureSource? ApiFixturesFrom(SettingReader settings, TenantCredentials? requester, AuthMode auth)
    {
        if (requester is null && !TenantVariables.Requester.AnyGiven(settings, auth))
        {
            settings.Problem(TenantVariables.Requester.Named(auth), "not set; fixtures 'api' create peerings as the requesting tenant.");
        }

        var requesterVpc = settings.Required(Setting.RequesterVpcId, "fixtures 'api' create peerings from this VPC");
        var accepterVpc = settings.Required(Setting.AccepterVpcId, "fixtures 'api' create peerings to this VPC");
        var accepterTenant = settings.Required(Setting.AccepterTenantId, "fixtures 'api' create cross-tenant peerings to this tenant");
        return requester is not null && requesterVpc is not null && accepterVpc is not null && accepterTenant is not null
            ? new ApiFixtureSource(requester, requesterVpc, accepterVpc, accepterTenant)
            : null;
    }

    /// <summary>Records that <paramref name="name"/> is missing (or, when set, wrong: the reader recorded why) and returns no source.</summary>
    private static FixtureSource? Missing(SettingReader settings, string name, string why)
    {
        if (settings.Text(name) is null || settings.List(name).Count == 0)
        {
            settings.Problem(name, $"not set; {why}.");
        }

        return null;
    }
}
