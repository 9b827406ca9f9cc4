using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The documented field rules, counted as the schema counts them: name 1..64 code points, description 0..255
/// without <c>&lt;</c> or <c>&gt;</c> (facts: peering fields; OTC create).</summary>
public sealed class FieldRuleTests : ProviderFixture
{
    private const string Emoji = "\U0001F310";

    [Test]
    public async Task A_name_of_64_code_points_is_accepted_even_when_it_is_128_utf16_units()
    {
        var name = string.Concat(Enumerable.Repeat(Emoji, 64));

        var created = await CreateAsync(name, description: null);

        created.Code.ShouldBe(201, created.ToString());
        created.Peering["name"]!.GetValue<string>().ShouldBe(name);
        (await CreateAsync(name + Emoji, description: null)).Code.ShouldBe(400);
    }

    [TestCase("<script>")]
    [TestCase("a > b")]
    public async Task A_description_with_angle_brackets_is_refused_on_create_and_update(string description)
    {
        var created = await CreateAsync("described", description);
        var id = await Api.CreatePendingAsync();
        var updated = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester,
            new JsonObject { ["peering"] = new JsonObject { ["description"] = description } }.ToJsonString());

        created.Code.ShouldBe(400, created.ToString());
        updated.Code.ShouldBe(400, updated.ToString());
        (await CreateAsync("described", "plain words")).Code.ShouldBe(201);
    }

    private Task<ApiResponse> CreateAsync(string name, string? description)
    {
        var body = JsonNode.Parse(PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter, name))!;
        if (description is not null)
        {
            body["peering"]!["description"] = description;
        }

        return Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body.ToJsonString());
    }
}
