using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Verifier;
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

    [Test]
    public void A_verification_that_cannot_reach_its_broker_names_the_broker_but_never_its_credentials()
    {
        using var verifier = new PactVerifier("vpc-peering-api")
            .WithHttpEndpoint(new Uri("http://127.0.0.1:9/"))
            .WithCustomHeader("X-Auth-Token", "provider-secret-token")
            .WithPactBrokerSource(new BrokerSource(new Uri("http://127.0.0.1:9/"))
            {
                Username = "ci",
                Password = "broker-secret-password",
                Token = "broker-secret-token",
            });

        var outcome = CaptureOutcome(verifier);

        outcome.ShouldContain("127.0.0.1:9");
        outcome.ShouldNotContain("provider-secret-token");
        outcome.ShouldNotContain("broker-secret-password");
        outcome.ShouldNotContain("broker-secret-token");
    }

    /// <summary>Whatever the verifier leaves for a person to read: the exception when it cannot run, else its output.</summary>
    private static string CaptureOutcome(PactVerifier verifier)
    {
        try
        {
            var result = verifier.Verify();
            return result.Output + string.Join('\n', result.Failures);
        }
        catch (PactVerifierException cannotRun)
        {
            return cannotRun.Message;
        }
    }
}
