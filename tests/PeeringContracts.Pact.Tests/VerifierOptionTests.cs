namespace PeeringContracts.Pact.Tests;

public class VerifierOptionTests
{
    [Test]
    public void A_consumer_version_selector_is_the_brokers_json_without_unset_fields()
    {
        new ConsumerVersionSelector { MainBranch = true }.ToJson().ShouldBe("""{"mainBranch":true}""");
        new ConsumerVersionSelector { DeployedOrReleased = true, Consumer = "peering-console" }.ToJson()
            .ShouldBe("""{"consumer":"peering-console","deployedOrReleased":true}""");
    }

    [Test]
    public void A_broker_source_with_selectors_pending_and_wip_is_accepted()
    {
        using var verifier = new PactVerifier("vpc-peering-api");

        Should.NotThrow(() => verifier
            .WithPactBrokerSource(new BrokerSource(new Uri("http://127.0.0.1:9/"))
            {
                Token = "broker-token",
                EnablePending = true,
                IncludeWipPactsSince = new DateOnly(2024, 1, 1),
                ProviderBranch = "main",
                ProviderTags = ["main"],
                ConsumerVersionSelectors = [new ConsumerVersionSelector { MainBranch = true }],
            })
            .WithPublishOptions(new PublishOptions("1.2.3") { Branch = "main", BuildUrl = new Uri("http://ci.example/build/1"), Tags = ["main"] }));
    }
}
