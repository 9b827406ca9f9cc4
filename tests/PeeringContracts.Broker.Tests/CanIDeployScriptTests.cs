using PeeringContracts.Broker.Tests.Support;

namespace PeeringContracts.Broker.Tests;

/// <summary>scripts/can-i-deploy.sh exits as the broker's matrix says.</summary>
public class CanIDeployScriptTests
{
    private const string Token = "deploy-test-token-88b2";

    [TestCase(true)]
    [TestCase(false)]
    public async Task Exits_zero_only_when_the_matrix_says_deployable(bool deployable)
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}") { Deployable = deployable });

        var outcome = await BrokerScript.RunAsync("can-i-deploy.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_PACTICIPANT_VERSION"] = "1.4.0",
        }, "peering-console", "production");

        (outcome.ExitCode == 0).ShouldBe(deployable, outcome.ToString());
        var matrix = broker.RequestsTo("GET", "/matrix").ShouldHaveSingleItem(outcome.ToString());
        Uri.UnescapeDataString(matrix.RawTarget).ShouldContain("q[][pacticipant]=peering-console&q[][version]=1.4.0");
        Uri.UnescapeDataString(matrix.RawTarget).ShouldContain("environment=production");
        outcome.ToString().ShouldNotContain(Token);
    }
}
