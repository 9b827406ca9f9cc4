using PeeringContracts.Conformance.Target;
using PeeringContracts.Conformance.Embedded;
using System.Text.Json.Nodes;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The provider verification of the committed contract, through the same settings path a provider team takes: it must
/// pass a conforming provider and fail exactly the interactions a contract-breaking fault breaks, naming them.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ContractVerificationTests
{
    private const string RejectInteraction = "a request to reject a pending peering";

    [Test]
    public async Task The_clean_provider_honours_every_interaction_and_nothing_is_left_behind()
    {
        var verification = await VerifyAsync([], RepositoryRoot.Pacts);

        verification.Verdicts.ShouldAllBe(verdict => verdict.Outcome == InteractionVerdict.Passed, Details(verification));
        verification.Verdicts.Count.ShouldBe(ContractInteraction.InFolder(RepositoryRoot.Pacts).Count);
        verification.TokensInVerifierOutput.ShouldBe(0);
        verification.CleanupProblems.ShouldBeEmpty();
    }

    [Test]
    public async Task With_key_pairs_the_clean_provider_honours_every_interaction_through_the_signing_proxy()
    {
        var verification = await VerifyAsync([], RepositoryRoot.Pacts, AuthMode.AkSk);

        verification.Verdicts.ShouldAllBe(verdict => verdict.Outcome == InteractionVerdict.Passed, Details(verification));
        verification.Verdicts.Count.ShouldBe(ContractInteraction.InFolder(RepositoryRoot.Pacts).Count);
        verification.TokensInVerifierOutput.ShouldBe(0, "no access or secret key may reach the verifier");
        verification.CleanupProblems.ShouldBeEmpty();
    }

    [TestCase(AuthMode.Token)]
    [TestCase(AuthMode.AkSk)]
    public async Task A_provider_that_wraps_the_reject_body_fails_the_reject_interaction_by_name_and_no_other(AuthMode auth)
    {
        var verification = await VerifyAsync(["wrapped-reject-body"], RepositoryRoot.Pacts, auth);

        var failed = verification.Verdicts.Where(verdict => verdict.Outcome != InteractionVerdict.Passed).ToList();
        var reject = failed.ShouldHaveSingleItem(Details(verification));
        reject.Interaction.Description.ShouldBe(RejectInteraction);
        reject.Detail.ShouldContain($"'{RejectInteraction}'");
        reject.Detail.ShouldContain("given 'a pending peering request'");
        reject.Detail.ShouldContain("missing the following keys");
        verification.TokensInVerifierOutput.ShouldBe(0);
    }

    [Test]
    public async Task An_unknown_provider_state_fails_its_interaction_naming_the_state_and_the_known_ones()
    {
        using var pacts = new TemporaryPactFolder("a peering that nobody knows");

        var verification = await VerifyAsync([], pacts.Path);

        var verdict = verification.Verdicts.Single(verdict => verdict.Interaction.Description == RejectInteraction);
        verdict.Outcome.ShouldBe(InteractionVerdict.Failed);
        verdict.Detail.ShouldContain("setting up its provider state failed (not a contract mismatch)");
        verdict.Detail.ShouldContain("unknown provider state 'a peering that nobody knows'");
        verdict.Detail.ShouldContain("'a pending peering request', 'an active peering', 'no peering'");
    }

    private static async Task<ContractVerification> VerifyAsync(
        IReadOnlyCollection<string> faults, string pactsDirectory, AuthMode auth = AuthMode.Token)
    {
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { Faults = faults });
        await using var target = await ConformanceTarget.StartAsync(TargetSettings.Load(EmbeddedProviderSettings.For(provider, auth)), CancellationToken.None);
        return await ContractVerification.RunAsync(target, pactsDirectory, broker: null, CancellationToken.None);
    }

    private static string Details(ContractVerification verification) =>
        string.Join("\n", verification.Verdicts.Select(verdict => $"{verdict.Outcome}: {verdict.Detail}"));

    /// <summary>A copy of the committed contract whose reject interaction asks for another provider state.</summary>
    private sealed class TemporaryPactFolder : IDisposable
    {
        public TemporaryPactFolder(string rejectState)
        {
            Path = Directory.CreateTempSubdirectory("peering-pacts-").FullName;
            var source = Directory.GetFiles(RepositoryRoot.Pacts, "*.json").Single();
            var pact = JsonNode.Parse(File.ReadAllText(source))!;
            var reject = pact["interactions"]!.AsArray().Single(interaction => interaction!["description"]!.GetValue<string>() == RejectInteraction)!;
            reject["providerStates"] = new JsonArray(new JsonObject { ["name"] = rejectState });
            File.WriteAllText(System.IO.Path.Combine(Path, System.IO.Path.GetFileName(source)), pact.ToJsonString());
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
