using System.Globalization;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// Everything a run needs to know about its target, read once and validated up front so that a misconfiguration ends
/// the run with one message naming the variable. Deliberately not a record: its ToString must never print a token.
/// </summary>
public sealed class TargetSettings
{
    private const double DefaultTimeoutSeconds = 10;
    private const double DefaultSettleSeconds = 1;

    /// <summary>The provider root; null means: start the embedded reference provider.</summary>
    public Uri? BaseUrl { get; private init; }
    public string? AccepterToken { get; private init; }
    public string? RequesterToken { get; private init; }
    public string? OutsiderToken { get; private init; }
    public string? RequesterVpcId { get; private init; }
    public string? AccepterVpcId { get; private init; }
    public string? AccepterTenantId { get; private init; }

    /// <summary>Optional: the requesting tenant, independent truth for <c>request_vpc_info.tenant_id</c>.</summary>
    public string? RequesterTenantId { get; private init; }
    public FixtureStrategy Fixtures { get; private init; }
    public Uri? ProviderStateUrl { get; private init; }
    public IReadOnlyList<string> PendingIds { get; private init; } = [];
    public ConformanceProfile Profile { get; private init; }
    public TimeSpan Timeout { get; private init; }

    /// <summary>How long a write may take to become visible to reads (eventual consistency).</summary>
    public TimeSpan SettleWindow { get; private init; }
    public int Seed { get; private init; }
    public string? ReportDirectory { get; private init; }

    public bool UsesEmbeddedProvider => BaseUrl is null;

    /// <summary>Reads every setting through <paramref name="lookup"/> (null or blank: not set) and validates them together.</summary>
    public static TargetSettings Load(Func<string, string?> lookup)
    {
        string? Read(string name) => string.IsNullOrWhiteSpace(lookup(name)) ? null : lookup(name)!.Trim();

        var baseUrl = ParseUrl(SettingNames.BaseUrl, Read(SettingNames.BaseUrl));
        var settings = new TargetSettings
        {
            BaseUrl = baseUrl,
            AccepterToken = Read(SettingNames.AccepterToken),
            RequesterToken = Read(SettingNames.RequesterToken),
            OutsiderToken = Read(SettingNames.OutsiderToken),
            RequesterVpcId = Read(SettingNames.RequesterVpcId),
            AccepterVpcId = Read(SettingNames.AccepterVpcId),
            AccepterTenantId = Read(SettingNames.AccepterTenantId),
            RequesterTenantId = Read(SettingNames.RequesterTenantId),
            Fixtures = ParseFixtures(Read(SettingNames.Fixtures)),
            ProviderStateUrl = ParseUrl(SettingNames.ProviderStateUrl, Read(SettingNames.ProviderStateUrl)),
            PendingIds = SplitIds(Read(SettingNames.PendingIds)),
            Profile = ParseProfile(Read(SettingNames.Profile)),
            Timeout = ParseSeconds(SettingNames.TimeoutSeconds, Read(SettingNames.TimeoutSeconds), DefaultTimeoutSeconds, allowZero: false),
            SettleWindow = ParseSeconds(SettingNames.SettleSeconds, Read(SettingNames.SettleSeconds), DefaultSettleSeconds, allowZero: true),
            Seed = ParseSeed(Read(SettingNames.Seed)),
            ReportDirectory = Read(SettingNames.ReportDirectory),
        };
        settings.RequireWhatTheTargetNeeds();
        return settings;
    }

    /// <summary>A one-line description for logs and reports (URLs with credentials are refused at load, tokens never shown).</summary>
    public string DescribeTarget() => BaseUrl?.ToString() ?? "embedded reference provider (127.0.0.1)";

    private void RequireWhatTheTargetNeeds()
    {
        if (UsesEmbeddedProvider)
        {
            if (Fixtures == FixtureStrategy.Preprovisioned)
            {
                throw new ConformanceConfigurationException(SettingNames.Fixtures,
                    "'preprovisioned' needs a provider that already holds the peerings: set PEERING_BASE_URL too.");
            }

            return;
        }

        Require(SettingNames.AccepterToken, AccepterToken, "the token of the tenant that rejects is needed for every check");
        switch (Fixtures)
        {
            case FixtureStrategy.Api:
                Require(SettingNames.RequesterToken, RequesterToken, "fixtures 'api' create peerings as the requesting tenant");
                Require(SettingNames.RequesterVpcId, RequesterVpcId, "fixtures 'api' create peerings from this VPC");
                Require(SettingNames.AccepterVpcId, AccepterVpcId, "fixtures 'api' create peerings to this VPC");
                Require(SettingNames.AccepterTenantId, AccepterTenantId, "fixtures 'api' create cross-tenant peerings to this tenant");
                break;
            case FixtureStrategy.ProviderState:
                if (ProviderStateUrl is null)
                {
                    throw new ConformanceConfigurationException(SettingNames.ProviderStateUrl,
                        "fixtures 'provider-state' need the URL of the provider-state endpoint.");
                }

                break;
            case FixtureStrategy.Preprovisioned:
                if (PendingIds.Count == 0)
                {
                    throw new ConformanceConfigurationException(SettingNames.PendingIds,
                        "fixtures 'preprovisioned' need comma-separated ids of pending peerings the run may reject.");
                }

                break;
        }
    }

    private static void Require(string name, string? value, string why)
    {
        if (value is null)
        {
            throw new ConformanceConfigurationException(name, $"not set; {why}.");
        }
    }

    private static Uri? ParseUrl(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConformanceConfigurationException(name, $"'{value}' is not an absolute http or https URL.");
        }

        if (url.UserInfo.Length > 0)
        {
            // Credentials in a URL end up in every logged request; the API authenticates with X-Auth-Token anyway.
            throw new ConformanceConfigurationException(name, "carries credentials (user:password@); give tokens through the PEERING_*_TOKEN variables instead.");
        }

        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private static FixtureStrategy ParseFixtures(string? value) => value?.ToLowerInvariant() switch
    {
        null or "api" => FixtureStrategy.Api,
        "provider-state" => FixtureStrategy.ProviderState,
        "preprovisioned" => FixtureStrategy.Preprovisioned,
        _ => throw new ConformanceConfigurationException(SettingNames.Fixtures,
            $"'{value}' is not one of api, provider-state, preprovisioned."),
    };

    private static ConformanceProfile ParseProfile(string? value) => value?.ToLowerInvariant() switch
    {
        null or "strict" => ConformanceProfile.Strict,
        "documented" => ConformanceProfile.Documented,
        _ => throw new ConformanceConfigurationException(SettingNames.Profile, $"'{value}' is not one of strict, documented."),
    };

    private static TimeSpan ParseSeconds(string name, string? value, double defaultSeconds, bool allowZero)
    {
        if (value is null)
        {
            return TimeSpan.FromSeconds(defaultSeconds);
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || seconds < 0 || (seconds == 0 && !allowZero) || seconds > 3600)
        {
            var lowest = allowZero ? "0 (inclusive)" : "0";
            throw new ConformanceConfigurationException(name, $"'{value}' is not a number of seconds between {lowest} and 3600.");
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static int ParseSeed(string? value)
    {
        if (value is null)
        {
            return Random.Shared.Next();
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new ConformanceConfigurationException(SettingNames.Seed, $"'{value}' is not a whole number.");
    }

    private static string[] SplitIds(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
