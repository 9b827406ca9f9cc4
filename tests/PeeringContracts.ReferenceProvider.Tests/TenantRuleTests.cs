using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>Who may do what: only the accepter accepts or rejects, only the requester updates, either side deletes,
/// an outsider sees nothing (404), and creates name VPCs the caller and the named tenant own.</summary>
public sealed class TenantRuleTests : ProviderFixture
{
    private static readonly TenantAccount RequesterSecondVpc =
        new(TenantRoles.Requester, "requester-second-vpc-token", DefaultTenants.Requester.TenantId, "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f");

    protected override ReferenceProviderOptions Options => new() { Tenants = [.. DefaultTenants.All, RequesterSecondVpc] };

    [TestCase("accept")]
    [TestCase("reject")]
    public async Task The_requester_cannot_accept_or_reject_403_and_the_peering_stays_pending(string verb)
    {
        var id = await Api.CreatePendingAsync();

        var answer = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/{verb}", DefaultTenants.Requester);

        answer.Code.ShouldBe(403, answer.ToString());
        answer.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("Forbidden", answer.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    }

    [TestCase("accept")]
    [TestCase("reject")]
    public async Task An_outsider_cannot_accept_or_reject_404_and_the_peering_stays_pending(string verb)
    {
        var id = await Api.CreatePendingAsync();

        var answer = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/{verb}", DefaultTenants.Outsider);

        answer.Code.ShouldBe(404, answer.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    }

    [Test]
    public async Task An_outsider_can_neither_show_update_nor_delete()
    {
        var id = await Api.CreatePendingAsync();
        var path = $"{PeeringApi.Peerings}/{id}";

        ApiResponse[] answers =
        [
            await Api.ShowAsync(id, DefaultTenants.Outsider),
            await Api.SendAsync(HttpMethod.Put, path, DefaultTenants.Outsider, """{"peering":{"name":"taken-over"}}"""),
            await Api.SendAsync(HttpMethod.Delete, path, DefaultTenants.Outsider),
        ];

        answers.ShouldAllBe(answer => answer.Code == 404, string.Join(Environment.NewLine, answers.Select(answer => answer.ToString())));
        (await Api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    }

    [Test]
    public async Task The_accepter_cannot_update_403()
    {
        var id = await Api.CreatePendingAsync("kept-name");

        var updated = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Accepter, """{"peering":{"name":"other"}}""");

        updated.Code.ShouldBe(403, updated.ToString());
        (await Api.ShowAsync(id, DefaultTenants.Accepter)).Peering["name"]!.GetValue<string>().ShouldBe("kept-name");
    }

    [Test]
    public async Task A_peering_within_one_tenant_is_active_at_once()
    {
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, RequesterSecondVpc));

        created.Code.ShouldBe(201, created.ToString());
        created.Peering["status"]!.GetValue<string>().ShouldBe("ACTIVE", created.ToString());
    }

    [Test]
    public async Task Without_accept_tenant_id_the_accepting_side_is_the_callers_own_tenant()
    {
        var body = new JsonObject
        {
            ["peering"] = new JsonObject
            {
                ["name"] = "own-tenant",
                ["request_vpc_info"] = new JsonObject { ["vpc_id"] = DefaultTenants.Requester.VpcId },
                ["accept_vpc_info"] = new JsonObject { ["vpc_id"] = RequesterSecondVpc.VpcId },
            },
        };

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body.ToJsonString());

        created.Code.ShouldBe(201, created.ToString());
        created.Peering["accept_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.TenantId);
    }

    [Test]
    public async Task Creating_from_a_vpc_the_caller_does_not_own_answers_404()
    {
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Outsider,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter));

        created.Code.ShouldBe(404, created.ToString());
        created.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("VpcNotFound", created.ToString());
    }

    [Test]
    public async Task Creating_towards_an_unknown_vpc_answers_404()
    {
        var nowhere = DefaultTenants.Accepter with { VpcId = Guid.NewGuid().ToString() };

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, nowhere));

        created.Code.ShouldBe(404, created.ToString());
        created.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("VpcNotFound", created.ToString());
    }

    [Test]
    public async Task Creating_towards_an_unknown_tenant_answers_404()
    {
        var stranger = DefaultTenants.Accepter with { TenantId = Guid.NewGuid().ToString("N") };

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, stranger));

        created.Code.ShouldBe(404, created.ToString());
        created.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("TenantNotFound", created.ToString());
    }

    [Test]
    public async Task Creating_towards_a_vpc_of_another_tenant_than_named_answers_404()
    {
        var mismatched = DefaultTenants.Accepter with { VpcId = DefaultTenants.Outsider.VpcId };

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, mismatched));

        created.Code.ShouldBe(404, created.ToString());
    }

    [Test]
    public async Task Duplicate_peerings_between_one_vpc_pair_are_allowed()
    {
        var first = await Api.CreatePendingAsync("duplicate");
        var second = await Api.CreatePendingAsync("duplicate");

        second.ShouldNotBe(first);
    }
}
