using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>What a report says of its run up front, each value spelled as the settings are (<c>api</c>,
/// <c>provider-state</c>, <c>strict</c>); <see cref="Seed"/> is null when the settings did not load far enough to have one.</summary>
public sealed record RunHeader(string Target, string Auth, string Profile, string Fixtures, int? Seed, DateTimeOffset StartedAt)
{
    public static RunHeader Of(TargetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.DescribeTarget(), TargetSettings.WordFor(settings.Auth), TargetSettings.WordFor(settings.Profile),
            TargetSettings.WordFor(settings.Fixtures), settings.Seed, DateTimeOffset.UtcNow);
    }

    /// <summary>The header of a run whose settings did not load: each value as it was set, or its default. A base URL
    /// is shown only when it parses without credentials, since one that carries a password must not be repeated.</summary>
    public static RunHeader Unloaded(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string Word(Setting setting) => lookup(setting)?.Trim() is { Length: > 0 } value ? value.ToLowerInvariant() : setting.Default;
        var baseUrl = lookup(Setting.BaseUrl)?.Trim();
        var target = string.IsNullOrEmpty(baseUrl)
            ? TargetSettings.EmbeddedTargetDescription
            : Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) && url.UserInfo.Length == 0 ? url.AbsoluteUri : $"({Setting.BaseUrl} as set, not shown)";
        var seed = int.TryParse(lookup(Setting.Seed), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : (int?)null;
        return new(target, Word(Setting.Auth), Word(Setting.Profile), Word(Setting.Fixtures), seed, DateTimeOffset.UtcNow);
    }

    /// <summary>The run's first line: what it checks, how, and how to replay it.</summary>
    public string Describe() =>
        $"Conformance run against {Target}: auth {Auth}, profile {Profile}, fixtures {Fixtures}, " +
        (Seed is { } seed ? $"seed {seed} (replay with {Setting.Seed}={seed})." : "no seed (the settings did not load).");
}
