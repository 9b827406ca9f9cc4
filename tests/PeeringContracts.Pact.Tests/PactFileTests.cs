using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using PeeringContracts.Pact.Matchers;
using PeeringContracts.Pact.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

public class PactFileTests
{
    private const string ChineseName = "对等连接-北京到上海";

    [Test]
    public async Task Chinese_text_round_trips_into_the_pact_file()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.Create(folder.Path);
        pact.UponReceiving("a rename to a Chinese name")
            .WithRequest(HttpMethod.Put, "/v2.0/vpc/peerings/7")
            .WithJsonBody(new { peering = new { name = ChineseName } })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { peering = new { name = Match.Type(ChineseName) } });

        await pact.VerifyAsync(async context =>
        {
            using var http = new HttpClient { BaseAddress = context.MockServerUri };
            using var response = await http.PutAsJsonAsync("/v2.0/vpc/peerings/7", new { peering = new { name = ChineseName } });
            (await response.Content.ReadAsStringAsync()).ShouldContain(ChineseName);
        });

        var interaction = ReadPact(folder)["interactions"]![0]!;
        interaction["request"]!["body"]!["content"]!["peering"]!["name"]!.GetValue<string>().ShouldBe(ChineseName);
        interaction["response"]!["body"]!["content"]!["peering"]!["name"]!.GetValue<string>().ShouldBe(ChineseName);
    }

    [Test]
    public async Task The_file_is_a_V4_pact_between_the_named_applications()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.WithRejectInteraction(folder.Path);

        await pact.VerifyAsync(async context => (await SamplePact.SendAsync(context.MockServerUri)).Dispose());

        var file = ReadPact(folder);
        file["consumer"]!["name"]!.GetValue<string>().ShouldBe("binding-consumer");
        file["provider"]!["name"]!.GetValue<string>().ShouldBe("binding-provider");
        file["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>().ShouldBe("4.0");
        file["interactions"]![0]!["type"]!.GetValue<string>().ShouldBe("Synchronous/HTTP");
    }

    [Test]
    public async Task Verifications_merge_into_one_file_in_an_order_that_does_not_depend_on_theirs()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.Create(folder.Path);
        foreach (var id in new[] { 2, 1 })
        {
            pact.UponReceiving($"a request for thing {id}")
                .WithRequest(HttpMethod.Get, $"/things/{id}")
                .WillRespond()
                .WithStatus(HttpStatusCode.OK);
            await pact.VerifyAsync(async context =>
            {
                using var http = new HttpClient { BaseAddress = context.MockServerUri };
                (await http.GetAsync($"/things/{id}")).Dispose();
            });
        }

        ReadPact(folder)["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>())
            .ShouldBe(["a request for thing 1", "a request for thing 2"]);
    }

    [Test]
    public async Task Provider_state_parameters_are_recorded_with_the_state()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.Create(folder.Path);
        pact.UponReceiving("a request for a named thing")
            .Given("a thing exists", new Dictionary<string, string> { ["name"] = "北京" })
            .WithRequest(HttpMethod.Get, "/things")
            .WithQuery("name", "北京")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK);

        await pact.VerifyAsync(async context =>
        {
            using var http = new HttpClient { BaseAddress = context.MockServerUri };
            (await http.GetAsync("/things?name=" + Uri.EscapeDataString("北京"))).Dispose();
        });

        var interaction = ReadPact(folder)["interactions"]![0]!;
        var state = interaction["providerStates"]![0]!;
        state["name"]!.GetValue<string>().ShouldBe("a thing exists");
        state["params"]!["name"]!.GetValue<string>().ShouldBe("北京");
        interaction["request"]!["query"]!["name"]![0]!.GetValue<string>().ShouldBe("北京");
    }

    [Test]
    public async Task Verify_without_an_interaction_says_what_is_missing()
    {
        using var folder = new TemporaryFolder();

        var failure = await Should.ThrowAsync<InvalidOperationException>(SamplePact.Create(folder.Path).VerifyAsync(_ => Task.CompletedTask));

        failure.Message.ShouldBe("VerifyAsync needs an interaction first: call UponReceiving(...).");
    }

    private static JsonNode ReadPact(TemporaryFolder folder) =>
        JsonNode.Parse(File.ReadAllText(folder.File("binding-consumer-binding-provider.json")))!;
}
