using PeeringContracts.Conformance.Model;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// Everything a run needs to know about its target, read once and valid by construction: a misconfiguration ends the
/// run at <see cref="Load"/> with one message naming the variable, so nothing downstream checks a setting again.
/// Deliberately not a record: its ToString must never print a credential.
/// </summary>
public sealed class TargetSettings
{
    internal static readonly IReadOnlyList<(string Word, AuthMode Value)> AuthModes = [("token", AuthMode.Token), ("aksk", AuthMode.AkSk)];

    internal static readonly IReadOnlyList<(string Word, FixtureStrategy Value)> FixtureStrategies =
        [("api", FixtureStrategy.Api), ("provider-state", FixtureStrategy.ProviderState), ("preprovisioned", FixtureStrategy.Preprovisioned)];

    private static readonly IReadOnlyList<(string Word, ConformanceProfile Value)> Profiles =
        [("strict", ConformanceProfile.Strict), ("documented", ConformanceProfile.Documented)];

    private static readonly IReadOnlyList<(string Word, bool Value)> PartialReports = [("aside", false), ("replace", true)];

    /// <summary>The provider to check; null means: start the embedded reference provider.</summary>
    public LiveTarget? Live { get; private init; }
    public AuthMode Auth { get; private init; }
    public FixtureStrategy Fixtures { get; private init; }
    public ConformanceProfile Profile { get; private init; }
    public TimeSpan Timeout { get; private init; }

    /// <summary>How long a write may take to become visible to reads (eventual consistency).</summary>
    public TimeSpan SettleWindow { get; private init; }
    public int Seed { get; private init; }

    /// <summary>What the whole run may send (<c>PEERING_MAX_REQUESTS</c>, <c>PEERING_MAX_CREATES</c>).</summary>
    public RequestLimits Limits { get; private init; } = null!;

    /// <summary>What the model-based requirements may spend (<c>PEERING_MODEL_*</c>).</summary>
    public ModelBudget Model { get; private init; } = null!;

    /// <summary>Whether a filtered run's report replaces the last full report (<c>replace</c>) instead of going beside it.</summary>
    public bool PartialReportReplacesFull { get; private init; }

    public bool UsesEmbeddedProvider => Live is null;

    /// <summary>Reads every setting through <paramref name="lookup"/> (null or blank: not set) and validates them together.</summary>
    public static TargetSettings Load(Func<string, string?> lookup)
    {
        var settings = new SettingReader(lookup);
        var baseUrl = settings.Url(Setting.BaseUrl);
        var auth = settings.Choice(Setting.Auth, AuthModes);
        var fixtures = settings.Choice(Setting.Fixtures, FixtureStrategies);
        var loaded = new TargetSettings
        {
            Auth = auth,
            Fixtures = fixtures,
            Profile = settings.Choice(Setting.Profile, Profiles),
            Timeout = settings.Seconds(Setting.TimeoutSeconds, fallback: 10, allowZero: false),
            // The embedded reference provider is strongly consistent: it needs no settle window, a live provider may.
            SettleWindow = settings.Seconds(Setting.SettleSeconds, fallback: settings.Text(Setting.BaseUrl) is null ? 0 : 1, allowZero: true),
            Seed = settings.WholeNumber(Setting.Seed, Random.Shared.Next),
            Limits = new RequestLimits(settings.PositiveWholeNumber(Setting.MaxRequests, fallback: 1000), settings.PositiveWholeNumber(Setting.MaxCreates, fallback: 60)),
            Model = new ModelBudget(
                settings.PositiveWholeNumber(Setting.ModelMaxCreates, fallback: 9),
                settings.PositiveWholeNumber(Setting.ModelMaxAlive, fallback: 5),
                settings.PositiveWholeNumber(Setting.ModelMaxOperations, fallback: 200),
                TimeSpan.FromSeconds(settings.PositiveWholeNumber(Setting.ModelSeconds, fallback: 60)),
                settings.Text(Setting.ModelSeed)),
            PartialReportReplacesFull = settings.Choice(Setting.PartialReport, PartialReports),
            Live = baseUrl is null && settings.Text(Setting.BaseUrl) is null ? null : LiveTarget.Load(settings, baseUrl, auth, fixtures),
        };
        if (loaded.Live is null && settings.Text(Setting.BaseUrl) is null && fixtures == FixtureStrategy.Preprovisioned)
        {
            settings.Problem(Setting.Fixtures, "'preprovisioned' needs a provider that already holds the peerings: set PEERING_BASE_URL too.");
        }

        return settings.HasProblems ? throw settings.Misconfiguration() : loaded;
    }

    /// <summary>The word a user writes for <paramref name="fixtures"/> in <c>PEERING_FIXTURES</c>.</summary>
    public static string WordFor(FixtureStrategy fixtures) => FixtureStrategies.Single(choice => choice.Value == fixtures).Word;

    /// <summary>The word a user writes for <paramref name="profile"/> in <c>PEERING_PROFILE</c>.</summary>
    public static string WordFor(ConformanceProfile profile) => Profiles.Single(choice => choice.Value == profile).Word;

    /// <summary>The word a user writes for <paramref name="auth"/> in <c>PEERING_AUTH</c>.</summary>
    public static string WordFor(AuthMode auth) => AuthModes.Single(choice => choice.Value == auth).Word;

    /// <summary>A one-line description for logs and reports (URLs with credentials are refused at load, credentials never shown).</summary>
    public string DescribeTarget() => Live?.BaseUrl.ToString() ?? EmbeddedTargetDescription;

    /// <summary>How reports name the embedded reference provider, the target of a run without <c>PEERING_BASE_URL</c>.</summary>
    public const string EmbeddedTargetDescription = "embedded reference provider (127.0.0.1)";
}
