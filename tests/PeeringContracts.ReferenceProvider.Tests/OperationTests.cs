using System.Text.RegularExpressions;
using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

public sealed partial class OperationTests : ProviderFixture
{
    [Test]
    public async Task Create_across_tenants_answers_201_with_a_wrapped_pending_peering()
    {
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter, "create-test"));

        created.Code.ShouldBe(201, created.ToString());
        created.ContentType.ShouldBe("application/json; charset=utf-8", created.ToString());
        var peering = created.Peering;
        Guid.TryParseExact(peering["id"]!.GetValue<string>(), "D", out _).ShouldBeTrue(created.ToString());
        peering["name"]!.GetValue<string>().ShouldBe("create-test");
        peering["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE");
        peering["request_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.VpcId);
        peering["request_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.TenantId);
        peering["accept_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.VpcId);
        peering["accept_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.TenantId);
        peering["created_at"]!.GetValue<string>().ShouldMatch(ApiTimestamp().ToString());
        peering["updated_at"]!.GetValue<string>().ShouldMatch(ApiTimestamp().ToString());
    }

    [Test]
    public async Task Show_answers_the_wrapped_peering_to_either_side()
    {
        var id = await Api.CreatePendingAsync("show-test");

        foreach (var side in new[] { DefaultTenants.Requester, DefaultTenants.Accepter })
        {
            var shown = await Api.ShowAsync(id, side);
            shown.Code.ShouldBe(200, shown.ToString());
            shown.Peering["id"]!.GetValue<string>().ShouldBe(id, shown.ToString());
            shown.Peering["name"]!.GetValue<string>().ShouldBe("show-test", shown.ToString());
        }
    }

    [Test]
    public async Task Accept_answers_200_with_the_unwrapped_peering_now_active()
    {
        var id = await Api.CreatePendingAsync();

        var accepted = await Api.AcceptAsync(id, DefaultTenants.Accepter);

        accepted.Code.ShouldBe(200, accepted.ToString());
        accepted.Json["id"]!.GetValue<string>().ShouldBe(id, accepted.ToString());
        accepted.Json["status"]!.GetValue<string>().ShouldBe("ACTIVE", accepted.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    }

    [Test]
    public async Task Reject_answers_200_with_the_unwrapped_peering_as_created_but_rejected()
    {
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester,
            PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter, "reject-test"));
        var id = created.Peering["id"]!.GetValue<string>();

        var rejected = await Api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.ContentType.ShouldBe("application/json; charset=utf-8", rejected.ToString());
        rejected.Json["peering"].ShouldBeNull(rejected.ToString());
        rejected.Json["id"]!.GetValue<string>().ShouldBe(id, rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        rejected.Json["name"]!.GetValue<string>().ShouldBe("reject-test", rejected.ToString());
        rejected.Json["request_vpc_info"]!.ToJsonString().ShouldBe(created.Peering["request_vpc_info"]!.ToJsonString());
        rejected.Json["accept_vpc_info"]!.ToJsonString().ShouldBe(created.Peering["accept_vpc_info"]!.ToJsonString());
        (await Api.StatusOfAsync(id)).ShouldBe("REJECTED");
    }

    [Test]
    public async Task Reject_ignores_a_request_body_and_its_content_type()
    {
        var id = await Api.CreatePendingAsync();

        var rejected = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter, "<not-json/>", "text/xml");

        rejected.Code.ShouldBe(200, rejected.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("REJECTED");
    }

    [Test]
    public async Task Update_lets_the_requester_rename_and_describe()
    {
        var id = await Api.CreatePendingAsync("before-update");

        var updated = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester,
            """{"peering":{"name":"after-update","description":"renamed by a test"}}""");

        updated.Code.ShouldBe(200, updated.ToString());
        updated.Peering["name"]!.GetValue<string>().ShouldBe("after-update", updated.ToString());
        updated.Peering["description"]!.GetValue<string>().ShouldBe("renamed by a test", updated.ToString());
        updated.Peering["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE", updated.ToString());
    }

    [Test]
    public async Task Update_without_name_or_description_answers_400()
    {
        var id = await Api.CreatePendingAsync();

        var updated = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester, """{"peering":{}}""");

        updated.Code.ShouldBe(400, updated.ToString());
        updated.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain("name or description");
    }

    [TestCase(TenantRoles.Requester)]
    [TestCase(TenantRoles.Accepter)]
    public async Task Delete_by_either_side_answers_204_and_the_peering_is_gone(string role)
    {
        var id = await Api.CreatePendingAsync();
        var side = role == TenantRoles.Requester ? DefaultTenants.Requester : DefaultTenants.Accepter;

        var deleted = await Api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{id}", side);
        var again = await Api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{id}", side);
        var shown = await Api.ShowAsync(id, side);

        deleted.Code.ShouldBe(204, deleted.ToString());
        deleted.Body.ShouldBeEmpty(deleted.ToString());
        again.Code.ShouldBe(404, again.ToString());
        shown.Code.ShouldBe(404, shown.ToString());
    }

    [Test]
    public async Task Unknown_peering_ids_answer_404_in_NeutronError_shape_for_every_operation()
    {
        var unknown = Guid.NewGuid().ToString();
        var path = $"{PeeringApi.Peerings}/{unknown}";
        ApiResponse[] answers =
        [
            await Api.ShowAsync(unknown, DefaultTenants.Accepter),
            await Api.SendAsync(HttpMethod.Put, path, DefaultTenants.Requester, """{"peering":{"name":"x"}}"""),
            await Api.SendAsync(HttpMethod.Delete, path, DefaultTenants.Requester),
            await Api.AcceptAsync(unknown, DefaultTenants.Accepter),
            await Api.RejectAsync(unknown, DefaultTenants.Accepter),
        ];

        foreach (var answer in answers)
        {
            answer.Code.ShouldBe(404, answer.ToString());
            answer.ContentType.ShouldBe("application/json; charset=utf-8", answer.ToString());
            answer.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("PeeringNotFound", answer.ToString());
            answer.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain(unknown, Case.Sensitive, answer.ToString());
        }
    }

    [Test]
    public async Task Every_response_carries_an_X_Request_Id()
    {
        var id = await Api.CreatePendingAsync();
        ApiResponse[] answers =
        [
            await Api.ShowAsync(id, DefaultTenants.Accepter),
            await Api.RejectAsync(id, null),
            await Api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter),
            await Api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter),
            await Api.SendAsync(HttpMethod.Get, "no/such/path", DefaultTenants.Accepter),
            await Api.RejectAsync(id, DefaultTenants.Accepter),
        ];

        answers.Select(answer => answer.Header("X-Request-Id")).ShouldAllBe(requestId => !string.IsNullOrEmpty(requestId));
        answers.Select(answer => answer.Header("X-Request-Id")).Distinct().Count().ShouldBe(answers.Length);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]
    private static partial Regex ApiTimestamp();
}
