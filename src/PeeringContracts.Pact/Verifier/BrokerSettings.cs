using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PeeringContracts.Pact.Errors;

namespace PeeringContracts.Pact.Verifier;

/// <summary>
/// Verification from a Pact Broker, configured by environment variables (names below). Give it to
/// <see cref="PactVerifier.WithBroker"/>.
/// </summary>
public sealed record BrokerSettings(BrokerSource Source, PublishOptions? Publish)
{
    public const string BaseUrlVariable = "PACT_BROKER_BASE_URL";
    public const string TokenVariable = "PACT_BROKER_TOKEN";
    public const string UsernameVariable = "PACT_BROKER_USERNAME";
    public const string PasswordVariable = "PACT_BROKER_PASSWORD";

    /// <summary>A JSON array of consumer version selectors, as the broker takes them; default <see cref="DefaultSelectors"/>.</summary>
    public const string SelectorsVariable = "PACT_CONSUMER_VERSION_SELECTORS";

    /// <summary><c>true</c> (default) or <c>false</c>: pending pacts are reported but do not fail the run.</summary>
    public const string EnablePendingVariable = "PACT_ENABLE_PENDING";

    /// <summary>A date (yyyy-MM-dd): also verify work-in-progress pacts published since then.</summary>
    public const string IncludeWipSinceVariable = "PACT_INCLUDE_WIP_SINCE";

    /// <summary><c>true</c> publishes the results; anything else but empty or <c>false</c> is refused.</summary>
    public const string PublishResultsVariable = "PACT_PUBLISH_VERIFICATION_RESULTS";

    /// <summary>The provider version results are published for; default the git commit.</summary>
    public const string ProviderVersionVariable = "PACT_PROVIDER_VERSION";

    /// <summary>The provider's branch; default the CI's branch (GITHUB_HEAD_REF, GITHUB_REF_NAME, CI_COMMIT_REF_NAME), else git's.</summary>
    public const string ProviderBranchVariable = "PACT_PROVIDER_BRANCH";

    private static readonly string[] CiBranchVariables = ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME"];

    private static readonly JsonSerializerOptions SelectorJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The latest pacts of each consumer's main branch, those deployed or released, and those of the provider's branch.</summary>
    public static IReadOnlyList<ConsumerVersionSelector> DefaultSelectors { get; } =
        [new() { MainBranch = true }, new() { DeployedOrReleased = true }, new() { MatchingBranch = true }];

    /// <summary>
    /// The settings <paramref name="lookup"/> gives (e.g. <c>Environment.GetEnvironmentVariable</c>); null when
    /// PACT_BROKER_BASE_URL is empty (verify local pact files instead). Throws <see cref="BrokerSettingsException"/>
    /// naming the variable that is missing or malformed.
    /// </summary>
    public static BrokerSettings? FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Read(string name) => lookup(name) is { Length: > 0 } value ? value.Trim() : null;

        if (Read(BaseUrlVariable) is not { } baseUrl)
        {
            return null;
        }

        var branch = Read(ProviderBranchVariable) ?? CiBranchVariables.Select(Read).FirstOrDefault(value => value is not null) ?? GitCheckout.Branch();
        var (username, password, token) = Credentials(Read);
        var source = new BrokerSource(BrokerUrl(baseUrl))
        {
            Username = username,
            Password = password,
            Token = token,
            EnablePending = Flag(Read, EnablePendingVariable, defaultValue: true),
            IncludeWipPactsSince = WipSince(Read(IncludeWipSinceVariable)),
            ProviderBranch = branch,
            ConsumerVersionSelectors = Selectors(Read(SelectorsVariable)),
        };
        var publish = Flag(Read, PublishResultsVariable, defaultValue: false)
            ? new PublishOptions(Read(ProviderVersionVariable) ?? GitCheckout.Commit() ?? throw Missing(ProviderVersionVariable, "results are published and no git commit could be read: set it to the provider's version."))
            {
                Branch = branch,
            }
            : null;
        return new BrokerSettings(source, publish);
    }

    /// <summary>One sentence naming the variable to fix, when the verifier's output says the broker could not be read.</summary>
    internal string? ExplainUnreadableBroker(string verifierOutput)
    {
        if (verifierOutput.Contains("error sending request", StringComparison.Ordinal))
        {
            return $"the Pact Broker at {BaseUrlVariable} ({Source.Url.AbsoluteUri}) is unreachable.";
        }

        var credentials = Source.Token is null ? $"{UsernameVariable}/{PasswordVariable}" : TokenVariable;
        return verifierOutput.Contains(" failed: 401 ", StringComparison.Ordinal) || verifierOutput.Contains(" failed: 403 ", StringComparison.Ordinal)
            ? $"the Pact Broker at {Source.Url.AbsoluteUri} refused the credentials in {credentials}."
            : null;
    }

    private static Uri BrokerUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.UserInfo.Length == 0
            ? url
            : throw new BrokerSettingsException($"{BaseUrlVariable} must be an http(s) URL without credentials, e.g. https://broker.example.com (its value is not shown: it may hold a password).");

    private static (string? Username, string? Password, string? Token) Credentials(Func<string, string?> read)
    {
        if (read(TokenVariable) is { } token)
        {
            return (null, null, token);
        }

        if (read(UsernameVariable) is { } username)
        {
            return (username, read(PasswordVariable) ?? throw Missing(PasswordVariable, $"it goes with {UsernameVariable} for basic authentication."), null);
        }

        throw Missing(TokenVariable, $"set it (bearer token), or {UsernameVariable} and {PasswordVariable} (basic authentication).");
    }

    private static bool Flag(Func<string, string?> read, string variable, bool defaultValue) => read(variable)?.ToLowerInvariant() switch
    {
        null => defaultValue,
        "true" => true,
        "false" => false,
        var other => throw new BrokerSettingsException($"{variable} must be true or false, but is '{other}'."),
    };

    private static DateOnly? WipSince(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new BrokerSettingsException($"{IncludeWipSinceVariable} must be a date like 2026-01-31, but is '{value}'.");

    private static IReadOnlyList<ConsumerVersionSelector> Selectors(string? json)
    {
        if (json is null)
        {
            return DefaultSelectors;
        }

        List<ConsumerVersionSelector>? selectors;
        try
        {
            selectors = JsonSerializer.Deserialize<List<ConsumerVersionSelector>>(json, SelectorJson);
        }
        catch (JsonException invalid)
        {
            throw new BrokerSettingsException($"{SelectorsVariable} must be a JSON array of selectors such as [{{\"mainBranch\":true}}], but {invalid.Message}");
        }

        return selectors is { Count: > 0 }
            ? selectors
            : throw new BrokerSettingsException($"{SelectorsVariable} must name at least one selector, such as [{{\"mainBranch\":true}}], but is '{json}'.");
    }

    private static BrokerSettingsException Missing(string variable, string advice) => new($"{variable} is not set: {advice}");
}
