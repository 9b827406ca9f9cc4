using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

public sealed class ProviderStateTests : ProviderFixture
{
    private const string StatesPath = "_pact/provider-states";

    protected override ReferenceProviderOptions Options => new() { EnableProviderStates = true };

    [TestCase("a pending peering request", "PENDING_ACCEPTANCE")]
    [TestCase("an active peering", "ACTIVE")]
    [TestCase("a rejected peering", "REJECTED")]
    public async Task Setup_creates_a_peering_between_the_default_tenants_and_teardown_removes_it(string state, string status)
    {
        var setUp = await ChangeStateAsync(state, "setup");

        setUp.Code.ShouldBe(200, setUp.ToString());
        var id = setUp.Json["peeringId"]!.GetValue<string>();
        setUp.Json["accepterToken"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.Token);
        setUp.Json["requesterToken"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.Token);
        var shown = await Api.ShowAsync(id, DefaultTenants.Accepter);
        shown.Peering["status"]!.GetValue<string>().ShouldBe(status, shown.ToString());
        shown.Peering["request_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.VpcId);
        shown.Peering["accept_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.VpcId);

        var tornDown = await ChangeStateAsync(state, "teardown");
        var again = await ChangeStateAsync(state, "teardown");

        tornDown.Code.ShouldBe(200, tornDown.ToString());
        again.Code.ShouldBe(200, again.ToString());
        (await Api.ShowAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(404);
    }

    [Test]
    public async Task Setup_names_the_peering_as_params_name_asks_and_answers_the_name_it_gave()
    {
        var named = await ChangeStateAsync("a pending peering request", "setup", new JsonObject { ["name"] = "pc-对等连接-named" });
        var unnamed = await ChangeStateAsync("a pending peering request", "setup");

        named.Json["name"]!.GetValue<string>().ShouldBe("pc-对等连接-named", named.ToString());
        (await Api.ShowAsync(named.Json["peeringId"]!.GetValue<string>(), DefaultTenants.Accepter)).Peering["name"]!.GetValue<string>().ShouldBe("pc-对等连接-named");
        unnamed.Json["name"]!.GetValue<string>().ShouldBe("pact-provider-state", unnamed.ToString());
    }

    [Test]
    public async Task A_name_the_api_would_refuse_answers_400()
    {
        var answer = await ChangeStateAsync("a pending peering request", "setup", new JsonObject { ["name"] = new string('x', 65) });

        answer.Code.ShouldBe(400, answer.ToString());
        answer.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain("params.name");
    }

    [Test]
    public async Task No_peering_returns_an_id_that_does_not_exist()
    {
        var setUp = await ChangeStateAsync("no peering", "setup");

        setUp.Code.ShouldBe(200, setUp.ToString());
        var id = setUp.Json["peeringId"]!.GetValue<string>();
        Guid.TryParseExact(id, "D", out _).ShouldBeTrue(setUp.ToString());
        (await Api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(404);
    }

    [Test]
    public async Task An_unknown_state_answers_400_naming_it()
    {
        var answer = await ChangeStateAsync("a peering on the moon", "setup");

        answer.Code.ShouldBe(400, answer.ToString());
        answer.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain("a peering on the moon");
    }

    [Test]
    public async Task The_endpoint_is_off_unless_enabled()
    {
        await using var host = await ReferenceProviderHost.StartAsync();
        using var api = new PeeringApi(host);

        var answer = await api.SendAsync(HttpMethod.Post, StatesPath, null, """{"state":"no peering","action":"setup"}""");

        answer.Code.ShouldBe(404, answer.ToString());
    }

    private Task<ApiResponse> ChangeStateAsync(string state, string action, JsonObject? parameters = null) =>
        Api.SendAsync(HttpMethod.Post, StatesPath, null, new JsonObject { ["state"] = state, ["params"] = parameters ?? [], ["action"] = action }.ToJsonString());
}
