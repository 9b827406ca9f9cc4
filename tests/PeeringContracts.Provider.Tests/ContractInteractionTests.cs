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
            Assert.Fail(ProviderVerificationRun.Misconfiguration);
        }

        var verdict = ProviderVerificationRun.Verification.Verdicts.SingleOrDefault(verdict =>
            verdict.Interaction.Description == description && (ProviderVerificationRun.FromBroker || verdict.Interaction.PactFile == pactFile));
        if (verdict is null)
        {
            Assert.Inconclusive($"'{description}' of {pactFile} is not among the pacts the broker selected for verification.");
        }

        Report(verdict);
    }

    [Test]
    public void Every_interaction_the_verifier_replayed_is_honoured()
    {
        if (ProviderVerificationRun.Misconfiguration is not null)
        {
            Assert.Fail(ProviderVerificationRun.Misconfiguration);
        }

        var failed = ProviderVerificationRun.Verification.Verdicts.Where(verdict => verdict.Outcome == InteractionVerdict.Failed).ToList();
        failed.ShouldBeEmpty(string.Join("\n", failed.Select(verdict => verdict.Detail)));
        ProviderVerificationRun.Verification.Verdicts.ShouldNotBeEmpty("the verifier replayed no interaction at all");
    }

    private static void Report(InteractionVerdict verdict)
    {
        switch (verdict.Outcome)
        {
            case InteractionVerdict.Failed:
                Assert.Fail(verdict.Detail);
                break;
            case InteractionVerdict.NotRun:
                Assert.Inconclusive(verdict.Detail);
                break;
            case InteractionVerdict.Pending:
                Assert.Warn(verdict.Detail);
                break;
        }
    }

    [Test]
    public void No_token_of_the_run_reaches_the_verifier_output()
    {
        Assume.That(ProviderVerificationRun.Misconfiguration, Is.Null);

        ProviderVerificationRun.Verification.TokensInVerifierOutput.ShouldBe(0, "tokens of the run found in the verifier's output or failures");
    }

    [Test]
    public void Everything_the_provider_states_made_is_removed()
    {
        Assume.That(ProviderVerificationRun.Misconfiguration, Is.Null);

        ProviderVerificationRun.Verification.CleanupProblems.ShouldBeEmpty();
    }
}
