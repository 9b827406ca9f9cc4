using System.Text.Json.Nodes;
using PeeringContracts.Broker.Tests.Support;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Broker.Tests;

/// <summary>The binding's verifier, configured by <see cref="BrokerSettings"/>, against the recording broker stand-in.</summary>
public class BrokerVerificationTests
{
    private const string Token = "verify-test-token-5e20";

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["PACT_BROKER_TOKEN"] = Token,
        ["PACT_PROVIDER_BRANCH"] = "main",
        ["PACT_INCLUDE_WIP_SINCE"] = "2026-01-01",
        ["PACT_PUBLISH_VERIFICATION_RESULTS"] = "true",
        ["PACT_PROVIDER_VERSION"] = "2.0.0",
    };

    [Test]
    public async Task Fetches_with_the_default_selectors_pending_and_wip_and_publishes_a_successful_result_for_the_clean_provider()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));

        var result = await VerifyFromBrokerAsync(broker, faults: []);

        result.Passed.ShouldBeTrue(result.ToString());
        var request = JsonNode.Parse(broker.RequestsTo("POST", "/pacts/provider/vpc-peering-api/for-verification").ShouldHaveSingleItem().Body)!;
        request["consumerVersionSelectors"]!.ToJsonString().ShouldBe("""[{"mainBranch":true},{"deployedOrReleased":true},{"matchingBranch":true}]""");
        request["providerVersionBranch"]!.GetValue<string>().ShouldBe("main");
        request["includePendingStatus"]!.GetValue<bool>().ShouldBeTrue();
        request["includeWipPactsSince"]!.GetValue<string>().ShouldBe("2026-01-01");
        var published = PublishedResult(broker);
        published["success"]!.GetValue<bool>().ShouldBeTrue();
        published["providerApplicationVersion"]!.GetValue<string>().ShouldBe("2.0.0");
        broker.RequestsTo("PUT", "/pacticipants/vpc-peering-api/branches/main/versions/2.0.0").ShouldHaveSingleItem("the provider version goes on its branch");
        broker.Requests.ShouldAllBe(received => received.Header("Authorization") == $"Bearer {Token}");
        result.Output.ShouldNotContain(Token);
    }

    [Test]
    public async Task Publishes_a_failed_result_for_a_provider_that_wraps_the_reject_body()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));

        var result = await VerifyFromBrokerAsync(broker, faults: ["wrapped-reject-body"]);

        result.Passed.ShouldBeFalse();
        result.Failures.ShouldHaveSingleItem().Description.ShouldBe("a request to reject a pending peering");
        PublishedResult(broker)["success"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Test]
    public async Task Takes_the_selectors_of_the_environment_variable()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));
        var environment = new Dictionary<string, string>(Environment)
        {
            ["PACT_CONSUMER_VERSION_SELECTORS"] = """[{"branch":"release-2"},{"deployed":true,"environment":"production"}]""",
            ["PACT_PUBLISH_VERIFICATION_RESULTS"] = "false",
        };

        var result = await VerifyFromBrokerAsync(broker, faults: [], environment);

        result.Passed.ShouldBeTrue(result.ToString());
        var request = JsonNode.Parse(broker.RequestsTo("POST", "/pacts/provider/vpc-peering-api/for-verification").ShouldHaveSingleItem().Body)!;
        request["consumerVersionSelectors"]!.ToJsonString().ShouldBe("""[{"branch":"release-2"},{"deployed":true,"environment":"production"}]""");
        broker.RequestsTo("POST", "/pacts/provider/vpc-peering-api/consumer").ShouldBeEmpty("results are published only when PACT_PUBLISH_VERIFICATION_RESULTS=true");
    }

    private static async Task<VerificationResult> VerifyFromBrokerAsync(BrokerStandIn broker, string[] faults, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>(environment ?? Environment) { ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri };
        var settings = BrokerSettings.FromEnvironment(name => variables.GetValueOrDefault(name)).ShouldNotBeNull();
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true, Faults = faults });
        using var verifier = new PactVerifier("vpc-peering-api");
        return verifier
            .WithHttpEndpoint(provider.BaseUrl)
            .WithBroker(settings)
            .WithProviderStateUrl(new Uri(provider.BaseUrl, "_pact/provider-states"))
            .WithRequestTimeout(TimeSpan.FromSeconds(10))
            .Verify();
    }

    private static JsonNode PublishedResult(BrokerStandIn broker) =>
        JsonNode.Parse(broker.RequestsTo("POST", "/pacts/provider/vpc-peering-api/consumer").ShouldHaveSingleItem(
            $"one verification result should be published; the stand-in got: {string.Join(", ", broker.Requests)}").Body)!;
}
