using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using PeeringContracts.Broker.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Broker.Tests;

/// <summary>scripts/publish-pacts.sh, with the real `pact` CLI, against the recording broker stand-in.</summary>
public class PublishScriptTests
{
    private const string Token = "publish-test-token-7d1f";
    private const string Password = "publish-test-password-93ac";

    [Test]
    public async Task Publishes_the_committed_contract_with_the_given_version_branch_build_url_and_bearer_token()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions($"Bearer {Token}"));

        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_CONSUMER_VERSION"] = "1.4.0+build.7",
            ["PACT_CONSUMER_BRANCH"] = "feature/reject-errors",
            ["PACT_BUILD_URL"] = "https://ci.example/builds/7",
        });

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        var publication = SinglePublication(broker);
        publication["pacticipantVersionNumber"]!.GetValue<string>().ShouldBe("1.4.0+build.7");
        publication["branch"]!.GetValue<string>().ShouldBe("feature/reject-errors");
        publication["buildUrl"]!.GetValue<string>().ShouldBe("https://ci.example/builds/7");
        broker.Requests.ShouldAllBe(request => request.Header("Authorization") == $"Bearer {Token}");
        outcome.ToString().ShouldNotContain(Token);
    }

    [Test]
    public async Task Publishes_as_the_git_commit_with_the_github_branch_and_run_url_and_basic_authentication()
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"publisher:{Password}"));
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions(basic));

        var outcome = await BrokerScript.RunAsync("publish-pacts.sh", new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.BaseUrl.AbsoluteUri,
            ["PACT_BROKER_USERNAME"] = "publisher",
            ["PACT_BROKER_PASSWORD"] = Password,
            ["GITHUB_REF_NAME"] = "main",
            ["GITHUB_SERVER_URL"] = "https://github.example",
            ["GITHUB_REPOSITORY"] = "peering/console",
            ["GITHUB_RUN_ID"] = "4242",
        });

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        var publication = SinglePublication(broker);
        publication["pacticipantVersionNumber"]!.GetValue<string>().ShouldBe(await GitCommitAsync());
        publication["branch"]!.GetValue<string>().ShouldBe("main");
        publication["buildUrl"]!.GetValue<string>().ShouldBe("https://github.example/peering/console/actions/runs/4242");
        broker.Requests.ShouldAllBe(request => request.Header("Authorization") == basic);
        outcome.ToString().ShouldNotContain(Password);
    }

    /// <summary>The one publication the broker got; its one contract must decode to exactly the committed file.</summary>
    private static JsonObject SinglePublication(BrokerStandIn broker)
    {
        var publish = broker.RequestsTo("POST", "/contracts/publish").ShouldHaveSingleItem($"requests the stand-in got: {string.Join(", ", broker.Requests)}");
        var publication = JsonNode.Parse(publish.Body)!.AsObject();
        publication["pacticipantName"]!.GetValue<string>().ShouldBe("peering-console");
        var contract = publication["contracts"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        contract["providerName"]!.GetValue<string>().ShouldBe("vpc-peering-api");
        var content = Encoding.UTF8.GetString(Convert.FromBase64String(contract["content"]!.GetValue<string>()));
        var published = JsonNode.Parse(content)!.AsObject();
        var committed = JsonNode.Parse(File.ReadAllText(CommittedContract.File))!.AsObject();
        // The CLI loads each pact and writes it again, stamping its own pact library's version into metadata.pactRust;
        // everything else must be the committed contract, value for value.
        published["metadata"]!["pactRust"]!["models"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        published["metadata"]!["pactRust"] = committed["metadata"]!["pactRust"]!.DeepClone();
        JsonNode.DeepEquals(published, committed)
            .ShouldBeTrue($"the published contract differs from {CommittedContract.File}:{Environment.NewLine}{content}");
        return publication;
    }

    private static async Task<string> GitCommitAsync()
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "rev-parse", "HEAD"]) { RedirectStandardOutput = true })!;
        var commit = await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        return commit.Trim();
    }
}
