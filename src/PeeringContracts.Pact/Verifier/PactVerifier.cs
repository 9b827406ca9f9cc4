using PeeringContracts.Pact.Drivers;
using PeeringContracts.Pact.Errors;

namespace PeeringContracts.Pact.Verifier;

/// <summary>
/// Verifies a provider against pacts (files, folders or a Pact Broker): replays each interaction against the
/// provider after calling its state-change URL, and compares the responses with the contract. Runs once.
/// </summary>
public sealed class PactVerifier : IDisposable
{
    private const string ApplicationName = "PeeringContracts.Pact";

    private readonly VerifierDriver driver;
    private readonly string providerName;
    private readonly List<string> secrets = [];
    private BrokerSettings? brokerSettings;
    private bool hasEndpoint;
    private bool hasSource;

    public PactVerifier(string providerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        this.providerName = providerName;
        driver = VerifierDriver.Create(ApplicationName, PactNative.ExpectedVersion);
    }

    /// <summary>The provider's base URL, e.g. <c>http://127.0.0.1:5000/</c>.</summary>
    public PactVerifier WithHttpEndpoint(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        driver.SetProvider(providerName, baseUrl);
        hasEndpoint = true;
        return this;
    }

    public PactVerifier WithFileSource(string pactFile)
    {
        RequireExisting(File.Exists(pactFile), "pact file", pactFile);
        driver.AddFileSource(Path.GetFullPath(pactFile));
        hasSource = true;
        return this;
    }

    public PactVerifier WithDirectorySource(string pactDirectory)
    {
        RequireExisting(Directory.Exists(pactDirectory), "pact folder", pactDirectory);
        driver.AddDirectorySource(Path.GetFullPath(pactDirectory));
        hasSource = true;
        return this;
    }

    public PactVerifier WithPactBrokerSource(BrokerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Remember(source.Password, source.Token);
        driver.AddBrokerSource(source, [.. source.ConsumerVersionSelectors.Select(selector => selector.ToJson())]);
        hasSource = true;
        return this;
    }

    /// <summary>The broker's pacts, and publishing of the results when the settings ask for it.</summary>
    public PactVerifier WithBroker(BrokerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        brokerSettings = settings;
        WithPactBrokerSource(settings.Source);
        return settings.Publish is null ? this : WithPublishOptions(settings.Publish);
    }

    /// <summary>
    /// The URL the verifier POSTs <c>{"state", "params", "action"}</c> to before each interaction (and after it with
    /// <paramref name="teardown"/>); a JSON object in the answer feeds the contract's provider-state values.
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri stateChangeUrl, bool teardown = true)
    {
        ArgumentNullException.ThrowIfNull(stateChangeUrl);
        driver.SetProviderStateUrl(stateChangeUrl, teardown);
        return this;
    }

    /// <summary>A header added to every request sent to the provider (its value is never logged or reported).</summary>
    public PactVerifier WithCustomHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Remember(value);
        driver.AddCustomHeader(name, value);
        return this;
    }

    public PactVerifier WithRequestTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        driver.SetRequestTimeout(timeout);
        return this;
    }

    /// <summary>Publishes the results to the broker (only pacts that came from a broker have somewhere to go).</summary>
    public PactVerifier WithPublishOptions(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        driver.SetPublishOptions(options);
        return this;
    }

    /// <summary>Runs the verification. A failed interaction is in the result; a run that cannot start throws.</summary>
    public VerificationResult Verify()
    {
        if (!hasEndpoint || !hasSource)
        {
            throw new InvalidOperationException(
                "the verifier needs the provider (WithHttpEndpoint) and at least one pact source (WithFileSource, WithDirectorySource or WithPactBrokerSource) before Verify.");
        }

        using (driver)
        {
            try
            {
                var (passed, json, output) = driver.Execute();
                var result = VerificationResult.Parse(passed, Scrub(json), Scrub(output));
                if (!result.Passed && result.Failures.Count == 0)
                {
                    // The core reports a pact it could not load (an unreachable broker, refused credentials) as a failed
                    // run without a failed interaction.
                    throw new PactVerifierException(Scrub(
                        brokerSettings?.ExplainUnreadableBroker(output)
                        ?? $"the verification could not run: no interaction was checked. Verifier output:{Environment.NewLine}{output}"));
                }

                return result;
            }
            catch (PactVerifierException cannotRun)
            {
                throw new PactVerifierException(Scrub(cannotRun.Message));
            }
        }
    }

    /// <summary>Custom header values and broker credentials: the core may echo them in its output, so they are cut out.</summary>
    private void Remember(params string?[] values) =>
        secrets.AddRange(values.Where(value => !string.IsNullOrEmpty(value))!);

    private string Scrub(string text) =>
        secrets.Aggregate(text, (scrubbed, secret) => scrubbed.Replace(secret, "***", StringComparison.Ordinal));

    public void Dispose() => driver.Dispose();

    private static void RequireExisting(bool exists, string what, string path)
    {
        if (!exists)
        {
            throw new FileNotFoundException($"the {what} '{Path.GetFullPath(path)}' does not exist.", path);
        }
    }
}
