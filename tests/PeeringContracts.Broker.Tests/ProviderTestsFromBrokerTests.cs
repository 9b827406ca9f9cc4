using PeeringContracts.Conformance.Target;
using PeeringContracts.Conformance.Embedded;
using System.Text.Json.Nodes;
using PeeringContracts.Broker.Tests.Support;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Broker.Tests;

/// <summary>
/// What tests/PeeringContracts.Provider.Tests does when PACT_BROKER_BASE_URL is set: the broker's pacts, provider
/// states built over the public API by the conformance fixtures (the provider has no state endpoint), a verdict per
/// interaction, and the result published to the broker.
/// </summary>
public class ProviderTestsFromBrokerTests
{
    private const string Token = "provider-tests-token-91c4";

    [Test]
    public async Task A_provider_that_wraps_the_reject_body_fails_the_reject_interaction_and_the_broker_hears_it()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));
        var variables = new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_PROVIDER_BRANCH"] = "main",
            ["PACT_PUBLISH_VERIFICATION_RESULTS"] = "true",
            ["PACT_PROVIDER_VERSION"] = "2.0.1",
        };
        var brokerSettings = BrokerSettings.FromEnvironment(name => variables.GetValueOrDefault(name)).ShouldNotBeNull();
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { Faults = ["wrapped-reject-body"] });

        await using var target = await ConformanceTarget.StartAsync(TargetSettings.Load(EmbeddedProviderSettings.For(provider)), CancellationToken.None);

        var verification = await ContractVerification.RunAsync(target, RepositoryRoot.Pacts, brokerSettings, CancellationToken.None);

        var failed = verification.Verdicts.Where(verdict => verdict.Outcome == InteractionVerdict.Failed).ShouldHaveSingleItem();
        failed.Interaction.Description.ShouldBe("a request to reject a pending peering");
        failed.Detail.ShouldContain("missing the following keys");
        verification.Verdicts.Count(verdict => verdict.Outcome == InteractionVerdict.Passed).ShouldBe(4);
        var published = JsonNode.Parse(broker.RequestsTo("POST", "/pacts/provider/vpc-peering-api/consumer").ShouldHaveSingleItem().Body)!;
        published["success"]!.GetValue<bool>().ShouldBeFalse();
        verification.CleanupProblems.ShouldBeEmpty();
    }
}
