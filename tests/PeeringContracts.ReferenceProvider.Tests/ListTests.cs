using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The list: only peerings the caller is a side of, the filters, and limit/marker paging. Each test names
/// its peerings uniquely so that the shared provider's other peerings do not disturb it.</summary>
public sealed class ListTests : ProviderFixture
{
    [Test]
    public async Task A_tenant_lists_only_peerings_it_is_a_side_of()
    {
        var name = UniqueName();
        var id = await Api.CreatePendingAsync(name);

        var requesterView = await ListAsync($"name={name}", DefaultTenants.Requester);
        var accepterView = await ListAsync($"name={name}", DefaultTenants.Accepter);
        var outsiderView = await ListAsync($"name={name}", DefaultTenants.Outsider);

        Ids(requesterView).ShouldBe([id], requesterView.ToString());
        Ids(accepterView).ShouldBe([id], accepterView.ToString());
        Ids(outsiderView).ShouldBeEmpty(outsiderView.ToString());
        outsiderView.Json["peerings_links"]!.AsArray().ShouldBeEmpty(outsiderView.ToString());
    }

    [Test]
    public async Task The_status_filter_finds_a_rejected_peering_and_not_a_pending_one()
    {
        var name = UniqueName();
        var rejectedId = await Api.CreatePendingAsync(name);
        var pendingId = await Api.CreatePendingAsync(name);
        (await Api.RejectAsync(rejectedId, DefaultTenants.Accepter)).Code.ShouldBe(200);

        var rejected = await ListAsync($"name={name}&status=REJECTED", DefaultTenants.Accepter);
        var pending = await ListAsync($"name={name}&status=PENDING_ACCEPTANCE", DefaultTenants.Accepter);

        Ids(rejected).ShouldBe([rejectedId], rejected.ToString());
        Ids(pending).ShouldBe([pendingId], pending.ToString());
    }

    [Test]
    public async Task The_id_vpc_id_and_tenant_id_filters_narrow_the_list()
    {
        var name = UniqueName();
        var id = await Api.CreatePendingAsync(name);

        var byId = await ListAsync($"id={id}", DefaultTenants.Requester);
        var byVpc = await ListAsync($"name={name}&vpc_id={DefaultTenants.Accepter.VpcId}", DefaultTenants.Requester);
        var byOtherVpc = await ListAsync($"name={name}&vpc_id={DefaultTenants.Outsider.VpcId}", DefaultTenants.Requester);
        var byTenant = await ListAsync($"name={name}&tenant_id={DefaultTenants.Accepter.TenantId}", DefaultTenants.Requester);
        var byOtherTenant = await ListAsync($"name={name}&tenant_id={DefaultTenants.Outsider.TenantId}", DefaultTenants.Requester);

        Ids(byId).ShouldBe([id], byId.ToString());
        Ids(byVpc).ShouldBe([id], byVpc.ToString());
        Ids(byOtherVpc).ShouldBeEmpty(byOtherVpc.ToString());
        Ids(byTenant).ShouldBe([id], byTenant.ToString());
        Ids(byOtherTenant).ShouldBeEmpty(byOtherTenant.ToString());
    }

    [Test]
    public async Task Limit_and_marker_page_through_the_list_with_a_next_link()
    {
        var name = UniqueName();
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await Api.CreatePendingAsync(name));
        }

        var seen = new List<string>();
        var query = $"name={name}&limit=2";
        var pages = 0;
        while (query is not null)
        {
            var page = await ListAsync(query, DefaultTenants.Accepter);
            pages++;
            seen.AddRange(Ids(page));
            var next = page.Json["peerings_links"]!.AsArray().SingleOrDefault(link => link!["rel"]!.GetValue<string>() == "next");
            query = next is null ? null : new Uri(next["href"]!.GetValue<string>()).Query.TrimStart('?');
        }

        seen.ShouldBe([.. created.Order(StringComparer.Ordinal)], "the list is in ascending id order (OTC)");
        pages.ShouldBe(3);
    }

    [Test]
    public async Task A_marker_whose_peering_was_deleted_continues_after_its_id()
    {
        var name = UniqueName();
        var created = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            created.Add(await Api.CreatePendingAsync(name));
        }

        var ordered = created.Order(StringComparer.Ordinal).ToList();
        (await Api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{ordered[1]}", DefaultTenants.Requester)).Code.ShouldBe(204);

        var afterDeleted = await ListAsync($"name={name}&marker={ordered[1]}", DefaultTenants.Accepter);

        Ids(afterDeleted).ShouldBe([.. ordered.Skip(2)], afterDeleted.ToString());
    }

    [TestCase("")]
    [TestCase("&limit=0")]
    [TestCase("&limit=2000")]
    public async Task Without_a_limit_with_0_or_with_2000_a_page_holds_up_to_2000_peerings(string limit)
    {
        var name = UniqueName();
        for (var i = 0; i < 3; i++)
        {
            await Api.CreatePendingAsync(name);
        }

        var listed = await ListAsync($"name={name}{limit}", DefaultTenants.Accepter);

        Ids(listed).Length.ShouldBe(3, listed.ToString());
        listed.Json["peerings_links"]!.AsArray().ShouldBeEmpty(listed.ToString());
    }

    [TestCase("limit=2001")]
    [TestCase("limit=-1")]
    [TestCase("limit=many")]
    [TestCase("marker=not-a-uuid")]
    public async Task Bad_paging_parameters_answer_400(string query)
    {
        var listed = await ListAsync(query, DefaultTenants.Requester);

        listed.Code.ShouldBe(400, listed.ToString());
        listed.Json["NeutronError"].ShouldNotBeNull(listed.ToString());
    }

    private static string UniqueName() => $"list-{Guid.NewGuid():N}";

    private static string[] Ids(ApiResponse listed) =>
        [.. listed.Json["peerings"]!.AsArray().Select(peering => peering!["id"]!.GetValue<string>())];

    private async Task<ApiResponse> ListAsync(string query, TenantAccount caller)
    {
        var listed = await Api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?{query}", caller);
        if (listed.Code == 200)
        {
            listed.Json["peerings_links"].ShouldNotBeNull(listed.ToString());
        }

        return listed;
    }
}
