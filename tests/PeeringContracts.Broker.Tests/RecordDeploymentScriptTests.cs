using PeeringContracts.Broker.Tests.Support;

namespace PeeringContracts.Broker.Tests;

/// <summary>scripts/record-deployment.sh records the version in the environment the broker links to.</summary>
public class RecordDeploymentScriptTests
{
    private const string Token = "record-test-token-2c6f";

    [Test]
    public async Task Records_the_deployment_of_the_given_version_to_the_environment()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));

        var outcome = await BrokerScript.RunAsync("record-deployment.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_PACTICIPANT_VERSION"] = "2.0.0",
        }, "vpc-peering-api", "production");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        broker.RequestsTo("POST", $"/pacticipants/vpc-peering-api/versions/2.0.0/deployed-versions/environment/{BrokerStandIn.ProductionEnvironmentId}")
            .ShouldHaveSingleItem($"the stand-in got: {string.Join(", ", broker.Requests)}");
        outcome.ToString().ShouldNotContain(Token);
    }
}
