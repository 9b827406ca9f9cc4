using PeeringContracts.Broker.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Broker.Tests;

/// <summary>Bad input to the broker scripts ends with one sentence naming what is wrong, and a non-zero exit.</summary>
public class BrokerScriptInputTests
{
    private const string Token = "input-test-token-c41a";

    [TestCase("PACT_BROKER_BASE_URL", "PACT_BROKER_BASE_URL is not set")]
    [TestCase("PACT_BROKER_TOKEN", "PACT_BROKER_TOKEN is not set: set it (bearer token), or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD")]
    public async Task A_missing_variable_is_named(string missing, string expected)
    {
        var environment = new Dictionary<string, string> { ["PACT_BROKER_BASE_URL"] = "http://127.0.0.1:9/", ["PACT_BROKER_TOKEN"] = Token };
        environment.Remove(missing);

        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", environment);

        ShouldFailWithOneSentence(outcome, expected);
    }

    [Test]
    public async Task A_password_is_required_with_a_username()
    {
        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = "http://127.0.0.1:9/",
            ["PACT_BROKER_USERNAME"] = "publisher",
        });

        ShouldFailWithOneSentence(outcome, "PACT_BROKER_PASSWORD is not set: it goes with PACT_BROKER_USERNAME for basic authentication.");
    }

    [TestCase("publish-pacts.sh")]
    [TestCase("can-i-deploy.sh", "peering-console", "production")]
    [TestCase("record-deployment.sh", "vpc-peering-api", "production")]
    public async Task An_unreachable_broker_is_named_by_its_variable(string script, params string[] arguments)
    {
        var url = ClosedPort.Url();

        var outcome = await BrokerScript.RunAsync(script, new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = url.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_PACTICIPANT_VERSION"] = "1.0.0",
        }, arguments);

        ShouldFailWithOneSentence(outcome, $"the Pact Broker at PACT_BROKER_BASE_URL ({url.AbsoluteUri}) is unreachable.");
    }

    [Test]
    public async Task A_refused_token_is_named_by_its_variable_and_not_shown()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions("Bearer another-token"));

        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
        });

        ShouldFailWithOneSentence(outcome, "refused the credentials in PACT_BROKER_TOKEN.");
        outcome.ToString().ShouldNotContain(Token);
    }

    [Test]
    public async Task Refused_basic_credentials_are_named_by_their_variables_and_not_shown()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions("Basic c29tZW9uZTplbHNl"));

        var outcome = await BrokerScript.RunAsync("can-i-deploy.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_USERNAME"] = "publisher",
            ["PACT_BROKER_PASSWORD"] = "input-test-password-0e9d",
            ["PACT_PACTICIPANT_VERSION"] = "1.0.0",
        }, "peering-console", "production");

        ShouldFailWithOneSentence(outcome, "refused the credentials in PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD.");
        outcome.ToString().ShouldNotContain("input-test-password-0e9d");
    }

    [TestCase("missing.json", null, "does not exist.")]
    [TestCase("corrupt.json", "{\"consumer\": {\"name\": \"peering-console\"", "is not valid JSON")]
    [TestCase("not-a-pact.json", "{\"hello\": \"world\"}", "is not a pact (it needs consumer.name, provider.name and interactions).")]
    public async Task A_missing_or_corrupt_pact_file_is_named_and_nothing_is_published(string name, string? content, string expected)
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));
        using var folder = new TemporaryFolder();
        var file = content is null ? folder.File(name) : folder.Write(name, content);

        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_CONSUMER_VERSION"] = "1.0.0",
        }, file);

        ShouldFailWithOneSentence(outcome, $"the pact file {file} {expected}");
        broker.Requests.ShouldBeEmpty();
    }

    private static void ShouldFailWithOneSentence(ScriptOutcome outcome, string expected)
    {
        outcome.ExitCode.ShouldNotBe(0, outcome.ToString());
        var lines = outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem(outcome.ToString()).ShouldContain(expected, Case.Sensitive, outcome.ToString());
    }
}
