using System.Diagnostics;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>
/// One test per quirk: with the quirk on, the behaviour its catalogue row allows is there, and the neighbouring
/// contract still holds (so that the quirk stays inside what the documentation allows).
/// </summary>
public sealed class QuirkSwitchTests
{
    [Test]
    [CoversQuirk("charset-content-type")]
    public Task Charset_content_type() => WithQuirkAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var unauthenticated = await api.RejectAsync(Guid.NewGuid().ToString(), null);

        foreach (var answer in new[] { rejected, unknown, unauthenticated })
        {
            answer.ContentType.ShouldBe("application/json;charset=UTF-8", answer.ToString());
            answer.Json.ShouldNotBeNull();
        }
    });

    [Test]
    [CoversQuirk("uppercase-ids")]
    public Task Uppercase_ids() => WithQuirkAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var lowercase = id.ToLowerInvariant();
        var shown = await api.ShowAsync(lowercase, DefaultTenants.Accepter);
        var rejected = await api.RejectAsync(lowercase, DefaultTenants.Accepter);
        var listed = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?id={lowercase}", DefaultTenants.Accepter);

        id.ShouldBe(id.ToUpperInvariant());
        Guid.TryParseExact(id, "D", out _).ShouldBeTrue(id);
        shown.Peering["id"]!.GetValue<string>().ShouldBe(id, shown.ToString());
        rejected.Json["id"]!.GetValue<string>().ShouldBe(id, rejected.ToString());
        Ids(listed).ShouldBe([id], listed.ToString());
    });

    [Test]
    [CoversQuirk("uuid-tenant-ids")]
    public Task Uuid_tenant_ids() => WithQuirkAsync(async api =>
    {
        var requesterUuid = Guid.Parse(DefaultTenants.Requester.TenantId).ToString();
        var accepterUuid = Guid.Parse(DefaultTenants.Accepter.TenantId).ToString();
        var body = JsonNode.Parse(PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter))!;
        body["peering"]!["accept_vpc_info"]!["tenant_id"] = accepterUuid;
        var created = await api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body.ToJsonString());
        var id = created.Peering["id"]!.GetValue<string>();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var byHex = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?id={id}&tenant_id={DefaultTenants.Accepter.TenantId}", DefaultTenants.Requester);
        var byUuid = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?id={id}&tenant_id={accepterUuid}", DefaultTenants.Requester);

        created.Code.ShouldBe(201, created.ToString());
        created.Peering["request_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(requesterUuid, created.ToString());
        created.Peering["accept_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(accepterUuid, created.ToString());
        created.Peering["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE", created.ToString());
        rejected.Json["accept_vpc_info"]!["tenant_id"]!.GetValue<string>().ShouldBe(accepterUuid, rejected.ToString());
        Ids(byHex).ShouldBe([id], byHex.ToString());
        Ids(byUuid).ShouldBe([id], byUuid.ToString());
    });

    [Test]
    [CoversQuirk("extra-fields")]
    public Task Extra_fields() => WithQuirkAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var shown = await api.ShowAsync(id, DefaultTenants.Accepter);
        var listed = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?id={id}", DefaultTenants.Accepter);
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        foreach (var peering in new[] { shown.Peering, listed.Json["peerings"]![0]!.AsObject(), rejected.Json.AsObject() })
        {
            peering["tenant_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.TenantId, peering.ToJsonString());
            peering["project_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.TenantId, peering.ToJsonString());
            peering["tags"]!.AsArray().ShouldBeEmpty(peering.ToJsonString());
            peering["links"]!["self"]!.GetValue<string>().ShouldBe($"/{PeeringApi.Peerings}/{id}", peering.ToJsonString());
            peering["id"]!.GetValue<string>().ShouldBe(id, peering.ToJsonString());
        }

        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
    });

    [Test]
    [CoversQuirk("not-found-for-other-tenants")]
    public Task Not_found_for_other_tenants() => WithQuirkAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejectedByRequester = await api.RejectAsync(id, DefaultTenants.Requester);
        var acceptedByRequester = await api.AcceptAsync(id, DefaultTenants.Requester);
        var statusAfterwards = await api.StatusOfAsync(id);

        rejectedByRequester.Code.ShouldBe(404, rejectedByRequester.ToString());
        acceptedByRequester.Code.ShouldBe(404, acceptedByRequester.ToString());
        rejectedByRequester.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("PeeringNotFound", rejectedByRequester.ToString());
        statusAfterwards.ShouldBe("PENDING_ACCEPTANCE");
        (await api.ShowAsync(id, DefaultTenants.Requester)).Code.ShouldBe(200);
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);
    });

    [Test]
    [CoversQuirk("idempotent-reject")]
    public Task Idempotent_reject() => WithQuirkAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var first = await api.RejectAsync(id, DefaultTenants.Accepter);
        var second = await api.RejectAsync(id, DefaultTenants.Accepter);

        second.Code.ShouldBe(200, second.ToString());
        second.Json["id"]!.GetValue<string>().ShouldBe(id, second.ToString());
        second.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", second.ToString());
        second.Json["updated_at"]!.GetValue<string>().ShouldBe(first.Json["updated_at"]!.GetValue<string>(), second.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(id, DefaultTenants.Requester)).Code.ShouldBe(403);
        (await api.RejectAsync(await api.CreateActiveAsync(), DefaultTenants.Accepter)).Code.ShouldBe(409);
    });

    [Test]
    [CoversQuirk("bad-request-for-wrong-state")]
    public Task Bad_request_for_wrong_state() => WithQuirkAsync(async api =>
    {
        var active = await api.CreateActiveAsync();
        var rejectedActive = await api.RejectAsync(active, DefaultTenants.Accepter);
        var rejected = await api.CreatePendingAsync();
        (await api.RejectAsync(rejected, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var acceptedRejected = await api.AcceptAsync(rejected, DefaultTenants.Accepter);

        rejectedActive.Code.ShouldBe(400, rejectedActive.ToString());
        acceptedRejected.Code.ShouldBe(400, acceptedRejected.ToString());
        rejectedActive.Json["NeutronError"].ShouldNotBeNull(rejectedActive.ToString());
        (await api.StatusOfAsync(active)).ShouldBe("ACTIVE");
        (await api.StatusOfAsync(rejected)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversQuirk("code-message-errors")]
    public Task Code_message_errors() => WithQuirkAsync(async api =>
    {
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var malformed = await api.RejectAsync("not-a-uuid", DefaultTenants.Accepter);
        var unauthenticated = await api.RejectAsync(Guid.NewGuid().ToString(), null);

        unknown.Json["code"]!.GetValue<string>().ShouldBe("VPC.PeeringNotFound", unknown.ToString());
        malformed.Json["code"]!.GetValue<string>().ShouldBe("VPC.BadRequest", malformed.ToString());
        foreach (var error in new[] { unknown, malformed })
        {
            error.Json["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(error.ToString());
            error.Json["NeutronError"].ShouldBeNull(error.ToString());
        }

        unknown.Code.ShouldBe(404, unknown.ToString());
        malformed.Code.ShouldBe(400, malformed.ToString());
        unauthenticated.Code.ShouldBe(401, unauthenticated.ToString());
        unauthenticated.Json["error_code"]!.GetValue<string>().ShouldBe("APIGW.0301", unauthenticated.ToString());
    });

    [Test]
    [CoversQuirk("one-peering-per-vpc-pair")]
    public Task One_peering_per_vpc_pair() => WithQuirkAsync(async api =>
    {
        var first = await api.CreatePendingAsync();
        var again = await CreateAsync(api, DefaultTenants.Requester, DefaultTenants.Accepter);
        var reversed = await CreateAsync(api, DefaultTenants.Accepter, DefaultTenants.Requester);
        var otherPair = await CreateAsync(api, DefaultTenants.Requester, DefaultTenants.Outsider);
        (await api.RejectAsync(first, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var afterReject = await CreateAsync(api, DefaultTenants.Requester, DefaultTenants.Accepter);

        again.Code.ShouldBe(409, again.ToString());
        again.Json["NeutronError"].ShouldNotBeNull(again.ToString());
        reversed.Code.ShouldBe(409, reversed.ToString());
        otherPair.Code.ShouldBe(201, otherPair.ToString());
        afterReject.Code.ShouldBe(201, afterReject.ToString());
    });

    [Test]
    [CoversQuirk("list-page-size-2")]
    public Task List_page_size_2() => WithQuirkAsync(async api =>
    {
        var name = $"paged-{Guid.NewGuid():N}";
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await api.CreatePendingAsync(name));
        }

        var pages = new List<string[]>();
        string? query = $"name={name}&limit=50";
        while (query is not null)
        {
            var page = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?{query}", DefaultTenants.Accepter);
            pages.Add(Ids(page));
            var next = page.Json["peerings_links"]!.AsArray().SingleOrDefault(link => link!["rel"]!.GetValue<string>() == "next");
            query = next is null ? null : new Uri(next["href"]!.GetValue<string>()).Query.TrimStart('?');
        }

        pages.Select(page => page.Length).ShouldBe([2, 2, 1]);
        pages.SelectMany(page => page).ShouldBe([.. created.Order(StringComparer.Ordinal)]);
    });

    [Test]
    [CoversQuirk("lagging-reads")]
    public Task Lagging_reads() => IsolatedProvider.RunAsync(new() { Quirks = [CoversQuirkAttribute.OfCurrentTest()], ReadLag = ReadLag }, async api =>
    {
        var rejectedId = await api.CreatePendingAsync();
        var acceptedId = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(rejectedId, DefaultTenants.Accepter);
        var accepted = await api.AcceptAsync(acceptedId, DefaultTenants.Accepter);
        var lagging = await api.StatusOfAsync(rejectedId);
        var laggingAccept = await api.StatusOfAsync(acceptedId);
        var listedAsPending = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?status=PENDING_ACCEPTANCE&id={rejectedId}", DefaultTenants.Accepter);
        await Task.Delay(ReadLag + TimeSpan.FromMilliseconds(100));

        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        accepted.Json["status"]!.GetValue<string>().ShouldBe("ACTIVE", accepted.ToString());
        lagging.ShouldBe("PENDING_ACCEPTANCE");
        laggingAccept.ShouldBe("PENDING_ACCEPTANCE");
        Ids(listedAsPending).ShouldBe([rejectedId], listedAsPending.ToString());
        (await api.StatusOfAsync(rejectedId)).ShouldBe("REJECTED");
        (await api.StatusOfAsync(acceptedId)).ShouldBe("ACTIVE");
        (await api.RejectAsync(rejectedId, DefaultTenants.Accepter)).Code.ShouldBe(409);
    });

    [Test]
    [CoversQuirk("path-prefix")]
    public Task Path_prefix() => IsolatedProvider.RunAsync(new() { Quirks = [CoversQuirkAttribute.OfCurrentTest()], EnableProviderStates = true }, async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var atRoot = await api.SendAsync(HttpMethod.Get, $"/{PeeringApi.Peerings}/{id}", DefaultTenants.Accepter);
        var state = await api.SendAsync(HttpMethod.Post, "_pact/provider-states", caller: null, """{"state":"no peering"}""");
        await api.CreatePendingAsync();
        var firstPage = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?limit=1", DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        atRoot.Code.ShouldBe(404, atRoot.ToString());
        state.Code.ShouldBe(200, state.ToString());
        new Uri(firstPage.Json["peerings_links"]![0]!["href"]!.GetValue<string>()).AbsolutePath.ShouldBe($"/gw/{PeeringApi.Peerings}", firstPage.ToString());
    });

    [Test]
    [CoversQuirk("slow-but-in-time")]
    public Task Slow_but_in_time() => WithQuirkAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        foreach (var call in new Func<Task<ApiResponse>>[] { () => api.ShowAsync(id, DefaultTenants.Accepter), () => api.RejectAsync(id, null), () => api.RejectAsync(id, DefaultTenants.Accepter) })
        {
            var clock = Stopwatch.StartNew();
            var answer = await call();

            clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100) - TimerSlack.AtMost, answer.ToString());
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), answer.ToString());
        }

        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversQuirk("throttle-every-5th")]
    public Task Throttle_every_5th() => WithQuirkAsync(async api =>
    {
        var answers = new List<ApiResponse>();
        for (var request = 1; request <= 10; request++)
        {
            answers.Add(await api.SendAsync(HttpMethod.Get, PeeringApi.Peerings, DefaultTenants.Accepter));
        }

        answers.Select(answer => answer.Code).ShouldBe([200, 200, 200, 200, 429, 200, 200, 200, 200, 429]);
        answers[4].Json["error_code"]!.GetValue<string>().ShouldBe("APIGW.0308", answers[4].ToString());
        answers[4].Message.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.Zero);
    });

    [Test]
    [CoversQuirk("no-update-operation")]
    public Task No_update_operation() => WithQuirkAsync(async api =>
    {
        var body = JsonNode.Parse(PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter))!;
        body["peering"]!["description"] = "set at create";
        var created = await api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body.ToJsonString());
        var id = created.Peering["id"]!.GetValue<string>();
        var update = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester, """{"peering":{"description":"set by update"}}""");
        var shown = await api.ShowAsync(id, DefaultTenants.Accepter);
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var deleted = await api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester);

        update.Code.ShouldBe(405, update.ToString());
        update.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("MethodNotAllowed", update.ToString());
        string.Join(", ", update.Header("Allow")!.Split(", ").Order()).ShouldBe("DELETE, GET", update.ToString());
        shown.Peering["description"]!.GetValue<string>().ShouldBe("set at create", shown.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        rejected.Json["description"]!.GetValue<string>().ShouldBe("set at create", rejected.ToString());
        deleted.Code.ShouldBe(204, deleted.ToString());
    });

    /// <summary>Long enough that the stale reads surely happen inside it, however loaded the machine is.</summary>
    private static readonly TimeSpan ReadLag = TimeSpan.FromSeconds(2);

    /// <summary>Runs the test against a provider with the quirk its <see cref="CoversQuirkAttribute"/> names.</summary>
    private static Task WithQuirkAsync(Func<PeeringApi, Task> test) =>
        IsolatedProvider.RunAsync(new() { Quirks = [CoversQuirkAttribute.OfCurrentTest()] }, test);

    private static Task<ApiResponse> CreateAsync(PeeringApi api, TenantAccount requester, TenantAccount accepter) =>
        api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, requester, PeeringApi.JsonCreateBody(requester, accepter));

    private static string[] Ids(ApiResponse listed) =>
        [.. listed.Json["peerings"]!.AsArray().Select(peering => peering!["id"]!.GetValue<string>())];
}
