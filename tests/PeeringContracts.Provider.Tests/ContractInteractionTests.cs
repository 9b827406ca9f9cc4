using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Provider.Tests;

/// <summary>One test per interaction of the contracts in <c>pacts/</c>, named by its description, so a CI shows which interaction broke.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ContractInteractionTests
{
    public static IEnumerable<TestCaseData> Interactions() =>
        ContractInteraction.InFolder(RepositoryRoot.Pacts).Select(interaction =>
            new TestCaseData(interaction.PactFile, interaction.Description).SetName($"{interaction.Description} ({interaction.PactFile})"));

    [TestCaseSource(nameof(Interactions))]
    public void The_provider_honours_the_interaction(string pactFile, string description)
    {
        if (ProviderVerificationRun.Misconfiguration is not null)
        {
            Outcome.NotRun(ProviderVerificationRun.NotRunBecauseItCouldNotStart);
            return;
        }

        var verdict = ProviderVerificationRun.Verification.Verdicts.SingleOrDefault(verdict =>
            verdict.Interaction.Description == description && (ProviderVerificationRun.FromBroker || verdict.Interaction.PactFile == pactFile));
        if (verdict is null)
        {
            Outcome.NotRun($"'{description}' of {pactFile} is not among the pacts the broker selected for verification.");
            return;
        }

        Report(verdict);
    }

    [Test]
    public void The_verification_starts()
    {
        if (ProviderVerificationRun.Misconfiguration is { } misconfiguration)
        {
            Outcome.Fail(misconfiguration);
        }
    }

    /// <summary>The interactions a broker selected that <c>pacts/</c> does not hold: no test above stands for them, so a
    /// failure among them fails here, once each; one that the tests above report is not counted again.</summary>
    [Test]
    public void Every_interaction_the_broker_selected_beyond_pacts_is_honoured()
    {
        if (ProviderVerificationRun.Misconfiguration is not null)
        {
            Outcome.NotRun(ProviderVerificationRun.NotRunBecauseItCouldNotStart);
            return;
        }

        var verdicts = ProviderVerificationRun.Verification.Verdicts;
        if (verdicts.Count == 0)
        {
            Outcome.Fail("The verifier replayed no interaction at all.");
            return;
        }

        var committed = ContractInteraction.InFolder(RepositoryRoot.Pacts).Select(interaction => interaction.Description).ToHashSet(StringComparer.Ordinal);
        var failed = verdicts.Where(verdict => verdict.Outcome == InteractionVerdict.Failed && !committed.Contains(verdict.Interaction.Description)).ToList();
        if (failed.Count > 0)
        {
            Outcome.Fail(string.Join("\n\n", failed.Select(verdict => verdict.Detail)));
        }
    }

    private static void Report(InteractionVerdict verdict)
    {
        switch (verdict.Outcome)
        {
            case InteractionVerdict.Failed:
                Outcome.Fail(verdict.Detail);
                break;
            case InteractionVerdict.NotRun:
                Outcome.NotRun(verdict.Detail);
                break;
            case InteractionVerdict.Pending:
                Outcome.Warn(verdict.Detail);
                break;
        }
    }

    [Test]
    public void No_token_of_the_run_reaches_the_verifier_output()
    {
        if (ProviderVerificationRun.Misconfiguration is not null)
        {
            Outcome.NotRun(ProviderVerificationRun.NotRunBecauseItCouldNotStart);
            return;
        }

        ProviderVerificationRun.Verification.TokensInVerifierOutput.ShouldBe(0, "tokens of the run found in the verifier's output or failures");
    }

    [Test]
    public void Everything_the_provider_states_made_is_removed()
    {
        if (ProviderVerificationRun.Misconfiguration is not null)
        {
            Outcome.NotRun(ProviderVerificationRun.NotRunBecauseItCouldNotStart);
            return;
        }

        ProviderVerificationRun.Verification.CleanupProblems.ShouldBeEmpty();
    }
}
