using PeeringContracts.Conformance.Settings;
using PeeringContracts.Pact.Verifier;

namespace PeeringContracts.Verification;

/// <summary>What the verification says of one interaction of the contract, in words a provider team can act on.</summary>
public sealed record InteractionVerdict(ContractInteraction Interaction, string Outcome, string Detail)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotRun = "not run";

    /// <summary>A pending pact's interaction failed: reported, but it does not fail the verification (Pact's pending pacts).</summary>
    public const string Pending = "failed, pending";

    public static InteractionVerdict Judge(ContractInteraction interaction, VerificationResult result, ProviderStateSetup states, TenantTokens tokens)
    {
        var heading = Heading(interaction);
        if (interaction.StateValues.Contains("requesterToken") && tokens.Requester is null)
        {
            return new(interaction, NotRun, $"{heading} sends the requesting tenant's token: set PEERING_REQUESTER_TOKEN (with PEERING_AUTH=aksk its key pair, PEERING_REQUESTER_AK, _SK and _PROJECT_ID).");
        }

        foreach (var state in interaction.ProviderStates)
        {
            if (states.WhyNotServed(state) is { } reason)
            {
                return new(interaction, NotRun, $"{heading}: {reason}");
            }
        }

        var failure = result.Failures.FirstOrDefault(failure => failure.Description == interaction.Description);
        if (failure is not null)
        {
            var setupProblems = interaction.ProviderStates.Select(states.FailureOf).OfType<string>().ToList();
            if (failure.Pending)
            {
                return new(interaction, Pending, $"{heading} does not honour the contract yet (its pact is pending, so this does not fail the run):\n{failure}");
            }

            return setupProblems.Count > 0
                ? new(interaction, Failed, $"{heading} could not be verified, because setting up its provider state failed (not a contract mismatch):\n  {string.Join("\n  ", setupProblems)}")
                : new(interaction, Failed, $"{heading} does not honour the contract:\n{failure}");
        }

        return result.Verified.Contains(interaction.Description)
            ? new(interaction, Passed, $"{heading} honours the contract.")
            : new(interaction, Failed, $"{heading} was never replayed by the verifier (is the pact's provider name 'vpc-peering-api'?).");
    }

    private static string Heading(ContractInteraction interaction) => $"'{interaction.Description}' ({interaction.PactFile}, given {interaction.Given})";
}
