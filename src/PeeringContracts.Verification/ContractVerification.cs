using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.Pact.Verifier;

namespace PeeringContracts.Verification;

/// <summary>
/// One provider verification: the conformance target (the embedded reference provider when PEERING_BASE_URL is
/// empty), a state-change endpoint on 127.0.0.1 that builds each provider state over the public API, every pact of a
/// folder (or the pacts a Pact Broker selects) replayed once, and a verdict per interaction. Tokens reach the verifier
/// only as provider-state values and are cut out of every verdict; with key pairs the verifier gets stand-in tokens and a
/// <see cref="SigningProxy"/> signs.
/// </summary>
public sealed class ContractVerification
{
    public const string ProviderName = "vpc-peering-api";

    private ContractVerification(IReadOnlyList<InteractionVerdict> verdicts, int tokensInVerifierOutput, IReadOnlyList<string> cleanupProblems)
    {
        Verdicts = verdicts;
        TokensInVerifierOutput = tokensInVerifierOutput;
        CleanupProblems = cleanupProblems;
    }

    public IReadOnlyList<InteractionVerdict> Verdicts { get; }

    /// <summary>How many tokens or keys of the run the verifier's own output or failures repeat (never printed, for that reason).</summary>
    public int TokensInVerifierOutput { get; }

    /// <summary>What could not be removed afterwards, one line each.</summary>
    public IReadOnlyList<string> CleanupProblems { get; }

    /// <summary>Verifies the pacts of <paramref name="pactsDirectory"/>, or those <paramref name="broker"/> selects when
    /// given, against <paramref name="target"/> (started by the caller, who disposes it).</summary>
    public static async Task<ContractVerification> RunAsync(
        ConformanceTarget target, string pactsDirectory, BrokerSettings? broker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var settings = target.Settings;
        if (target.Tenants.Tokens is { } tokens)
        {
            return await RunAsync(target, target.BaseUrl, tokens, pactsDirectory, broker, cancellationToken);
        }

        // Key pairs: the verifier sends stand-in tokens to a proxy that signs each request as the tenant its stand-in names.
        await using var proxy = await SigningProxy.StartAsync(target.Tenants, target.BaseUrl, settings.Timeout);
        return await RunAsync(target, proxy.BaseUrl, proxy.StandIns, pactsDirectory, broker, cancellationToken);
    }

    /// <summary>Replays the pacts against <paramref name="providerUrl"/>, the provider states handing out <paramref name="tokens"/>.</summary>
    private static async Task<ContractVerification> RunAsync(
        ConformanceTarget target, Uri providerUrl, TenantTokens tokens, string pactsDirectory, BrokerSettings? broker, CancellationToken cancellationToken)
    {
        var states = new ProviderStateSetup(target, tokens);
        VerificationResult result;
        try
        {
            await using var stateHost = await ProviderStateHost.StartAsync(states);
            result = Verify(target.Settings, providerUrl, stateHost.StateUrl, pactsDirectory, broker);
        }
        finally
        {
            await states.TearDownAsync(cancellationToken);
        }

        var secrets = target.Tenants.Secrets;
        var interactions = broker is null ? ContractInteraction.InFolder(pactsDirectory) : ContractInteraction.ReplayedFromBroker(result);
        var verdicts = interactions
            .Select(interaction => InteractionVerdict.Judge(interaction, result, states, tokens))
            .Select(verdict => verdict with { Detail = Scrub(verdict.Detail, secrets) })
            .ToList();
        var leaks = secrets.Count(secret => result.Output.Contains(secret, StringComparison.Ordinal) || result.ToString().Contains(secret, StringComparison.Ordinal));
        return new ContractVerification(verdicts, leaks, await target.CleanUpAsync(cancellationToken));
    }

    private static VerificationResult Verify(TargetSettings settings, Uri providerUrl, Uri stateUrl, string pactsDirectory, BrokerSettings? broker)
    {
        using var verifier = new PactVerifier(ProviderName);
        verifier.WithHttpEndpoint(providerUrl).WithProviderStateUrl(stateUrl).WithRequestTimeout(settings.Timeout);
        return (broker is null ? verifier.WithDirectorySource(pactsDirectory) : verifier.WithBroker(broker)).Verify();
    }

    private static string Scrub(string text, IReadOnlyList<string> tokens) =>
        tokens.Aggregate(text, (scrubbed, token) => scrubbed.Replace(token, "***", StringComparison.Ordinal));
}
