using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.Pact;

namespace PeeringContracts.Verification;

/// <summary>
/// One provider verification: the conformance target (the embedded reference provider when PEERING_BASE_URL is
/// empty), a state-change endpoint on 127.0.0.1 that builds each provider state over the public API, every pact of a
/// folder replayed once, and a verdict per interaction. Tokens reach the verifier only as provider-state values and
/// are cut out of every verdict.
/// </summary>
public sealed class ContractVerification
{
    public const string ProviderName = "vpc-peering-api";

    /// <summary>Why nothing is verified when the tenants sign their requests (<c>PEERING_AUTH=aksk</c>).</summary>
    public const string SignedRequestsNotReplayed =
        "PEERING_AUTH=aksk: the Pact verifier replays each recorded request with the token a provider state hands it and cannot " +
        "sign requests (SDK-HMAC-SHA256), so this verification does not run with key pairs; run it with PEERING_AUTH=token.";

    private ContractVerification(IReadOnlyList<InteractionVerdict> verdicts, int tokensInVerifierOutput, IReadOnlyList<string> cleanupProblems)
    {
        Verdicts = verdicts;
        TokensInVerifierOutput = tokensInVerifierOutput;
        CleanupProblems = cleanupProblems;
    }

    public IReadOnlyList<InteractionVerdict> Verdicts { get; }

    /// <summary>How many tokens of the run the verifier's own output or failures repeat (never printed, for that reason).</summary>
    public int TokensInVerifierOutput { get; }

    /// <summary>What could not be removed afterwards, one line each.</summary>
    public IReadOnlyList<string> CleanupProblems { get; }

    /// <summary>Throws <see cref="ConformanceConfigurationException"/> when the target cannot be reached or a setting is wrong.</summary>
    public static async Task<ContractVerification> RunAsync(TargetSettings settings, string pactsDirectory, CancellationToken cancellationToken)
    {
        await using var target = await ConformanceTarget.StartAsync(settings, cancellationToken);
        if (target.Tenants.Tokens is not { } tokens)
        {
            return new ContractVerification(
                ContractInteraction.InFolder(pactsDirectory).Select(interaction => InteractionVerdict.NotRunBecause(interaction, SignedRequestsNotReplayed)).ToList(),
                tokensInVerifierOutput: 0,
                cleanupProblems: []);
        }

        var states = new ProviderStateSetup(target, tokens);
        VerificationResult result;
        try
        {
            await using var stateHost = await ProviderStateHost.StartAsync(states);
            result = Verify(settings, target.BaseUrl, stateHost.StateUrl, pactsDirectory);
        }
        finally
        {
            await states.TearDownAsync(cancellationToken);
        }

        var verdicts = ContractInteraction.InFolder(pactsDirectory)
            .Select(interaction => InteractionVerdict.Judge(interaction, result, states, tokens))
            .Select(verdict => verdict with { Detail = Scrub(verdict.Detail, tokens.All) })
            .ToList();
        var leaks = tokens.All.Count(token => result.Output.Contains(token, StringComparison.Ordinal) || result.ToString().Contains(token, StringComparison.Ordinal));
        return new ContractVerification(verdicts, leaks, await target.CleanUpAsync(cancellationToken));
    }

    private static VerificationResult Verify(TargetSettings settings, Uri providerUrl, Uri stateUrl, string pactsDirectory)
    {
        using var verifier = new PactVerifier(ProviderName);
        return verifier
            .WithHttpEndpoint(providerUrl)
            .WithDirectorySource(pactsDirectory)
            .WithProviderStateUrl(stateUrl)
            .WithRequestTimeout(settings.Timeout)
            .Verify();
    }

    private static string Scrub(string text, IReadOnlyList<string> tokens) =>
        tokens.Aggregate(text, (scrubbed, token) => scrubbed.Replace(token, "***", StringComparison.Ordinal));
}
