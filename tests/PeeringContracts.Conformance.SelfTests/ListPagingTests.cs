using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The list checks search by status alone and follow the <c>next</c> links: with two peerings a page
/// (<c>list-page-size-2</c>) and more pending peerings than fit one page, REJ-008 can only conclude that its rejected
/// peering is no longer listed as pending by reading every page.
/// </summary>
public sealed class ListPagingTests
{
    [Test]
    public async Task The_list_checks_follow_next_links_to_the_last_page()
    {
        await using var run = await SelfTestRun.StartAsync([], quirks: [QuirkCatalog.ListPageSize2.Name]);
        await CreatePendingPeeringsAsync(run, count: 3);

        var result = await run.RunAsync("REJ-008");

        result.Verdict.ShouldBe(Verdict.Passed, result.Message);
        run.ListPagesFollowed.ShouldBeGreaterThanOrEqualTo(1, "REJ-008 passed without ever asking for a page after the first");
    }

    private static async Task CreatePendingPeeringsAsync(SelfTestRun run, int count)
    {
        var requester = run.Tenants.Single(tenant => tenant.Role == "requester");
        var accepter = run.Tenants.Single(tenant => tenant.Role == "accepter");
        using var client = new PeeringApiClient(new PeeringClientOptions(run.BaseUrl, requester.Token, TimeSpan.FromSeconds(20)));
        for (var created = 0; created < count; created++)
        {
            await client.CreateAsync(new CreatePeeringRequest($"paging-{created}", new VpcInfo(requester.VpcId), new VpcInfo(accepter.VpcId, accepter.TenantId)));
        }
    }
}
