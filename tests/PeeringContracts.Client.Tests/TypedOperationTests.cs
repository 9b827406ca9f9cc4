using System.Text.Json.Nodes;
using PeeringContracts.Client.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Client.Tests;

/// <summary>Each typed operation on its happy path: the request as the provider receives it, and the record it returns.</summary>
public sealed class TypedOperationTests
{
    private static readonly VpcInfo RequestSide = new(Samples.RequestVpcId, Samples.RequestTenantId);
    private static readonly VpcInfo AcceptSide = new(Samples.AcceptVpcId, Samples.AcceptTenantId);

    [TestCaseSource(nameof(OperationsWithoutBody))]
    public async Task Operations_without_a_body_send_the_token_and_read_the_peering(
        Func<PeeringApiClient, Task<Peering>> operation, string answer, string status, string method, string target)
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, answer));
        using var client = stub.CreateClient();

        var peering = await operation(client);

        peering.ShouldBe(new Peering(Samples.PeeringId, "test", RequestSide, AcceptSide, status));
        var received = stub.SingleRequest();
        received.Method.ShouldBe(method);
        received.RawTarget.ShouldBe(target);
        ShouldCarryTokenAndAcceptJsonWithoutBody(received);
    }

    [Test]
    public async Task CreateAsync_posts_the_wrapped_request_as_json_and_reads_the_201()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(201, Samples.Wrapped(Samples.Peering(PeeringStatus.PendingAcceptance))));
        using var client = stub.CreateClient();

        var peering = await client.CreateAsync(new CreatePeeringRequest("对等连接-1", new VpcInfo(Samples.RequestVpcId), AcceptSide, "from the suite"));

        peering.Id.ShouldBe(Samples.PeeringId);
        var received = stub.SingleRequest();
        received.Method.ShouldBe("POST");
        received.RawTarget.ShouldBe("/v2.0/vpc/peerings");
        received.Header("Content-Type").ShouldBe("application/json");
        received.Header("X-Auth-Token").ShouldBe(StubServer.Token);
        var expectedBody = $$$"""
            {"peering": {"name": "对等连接-1",
                         "request_vpc_info": {"vpc_id": "{{{Samples.RequestVpcId}}}"},
                         "accept_vpc_info": {"vpc_id": "{{{Samples.AcceptVpcId}}}", "tenant_id": "{{{Samples.AcceptTenantId}}}"},
                         "description": "from the suite"}}
            """;
        JsonNode.DeepEquals(JsonNode.Parse(received.Body), JsonNode.Parse(expectedBody))
            .ShouldBeTrue($"the create body should be {expectedBody}, the provider received {received.Body}");
    }

    [TestCase(299, true)]
    [TestCase(300, false)]
    public async Task Every_2xx_status_and_only_those_is_a_success(int status, bool success)
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(status, ""));
        using var client = stub.CreateClient();

        var delete = client.DeleteAsync(Samples.PeeringId);

        if (success)
        {
            await delete;
        }
        else
        {
            (await Should.ThrowAsync<PeeringApiException>(delete)).Exchange.StatusCode.ShouldBe(status);
        }
    }

    [Test]
    public async Task UpdateAsync_puts_only_the_fields_given()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Wrapped(Samples.Peering(PeeringStatus.Active))));
        using var client = stub.CreateClient();

        await client.UpdateAsync(Samples.PeeringId, new UpdatePeeringRequest(Name: "renamed"));

        var received = stub.SingleRequest();
        received.Method.ShouldBe("PUT");
        received.RawTarget.ShouldBe($"/v2.0/vpc/peerings/{Samples.PeeringId}");
        received.Header("Content-Type").ShouldBe("application/json");
        received.Body.ShouldBe("""{"peering":{"name":"renamed"}}""");
    }

    [Test]
    public async Task DeleteAsync_deletes_the_peering_and_accepts_the_empty_204()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(204, ContentType: null));
        using var client = stub.CreateClient();

        await Should.NotThrowAsync(() => client.DeleteAsync(Samples.PeeringId));

        var received = stub.SingleRequest();
        received.Method.ShouldBe("DELETE");
        received.RawTarget.ShouldBe($"/v2.0/vpc/peerings/{Samples.PeeringId}");
        ShouldCarryTokenAndAcceptJsonWithoutBody(received);
    }

    [Test]
    public async Task ListAsync_sends_every_filter_escaped_and_reads_peerings_and_links()
    {
        var body = $$"""
            {"peerings": [{{Samples.Peering(PeeringStatus.Active)}}],
             "peerings_links": [{"href": "https://vpc.example/v2.0/vpc/peerings?marker=abc&limit=1", "rel": "next"}]}
            """;
        await using var stub = await StubServer.StartAsync(Samples.Json(200, body));
        using var client = stub.CreateClient();

        var page = await client.ListAsync(new PeeringListQuery(
            Status: PeeringStatus.Active, VpcId: "vpc 1", TenantId: "t&1", Name: "名", Id: Samples.PeeringId, Limit: 1, Marker: "abc"));

        page.Peerings.ShouldHaveSingleItem().Status.ShouldBe(PeeringStatus.Active);
        page.Links.ShouldBe([new PageLink("next") { Href = "https://vpc.example/v2.0/vpc/peerings?marker=abc&limit=1" }]);
        var received = stub.SingleRequest();
        received.Method.ShouldBe("GET");
        received.RawTarget.ShouldBe(
            $"/v2.0/vpc/peerings?status=ACTIVE&vpc_id=vpc%201&tenant_id=t%261&name=%E5%90%8D&id={Samples.PeeringId}&limit=1&marker=abc");
    }

    [Test]
    public async Task ListAsync_without_a_query_sends_no_query_string_and_tolerates_missing_links()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, """{"peerings": []}"""));
        using var client = stub.CreateClient();

        var page = await client.ListAsync();

        page.ShouldSatisfyAllConditions(
            () => page.Peerings.ShouldBeEmpty(),
            () => page.Links.ShouldBeEmpty());
        stub.SingleRequest().RawTarget.ShouldBe("/v2.0/vpc/peerings");
    }

    [Test]
    public async Task Optional_fields_are_read_and_unknown_fields_are_ignored()
    {
        var body = $$"""
            {"id": "{{Samples.PeeringId}}", "name": "test", "status": "REJECTED", "tenant_id": "extra-field",
             "request_vpc_info": {"vpc_id": "{{Samples.RequestVpcId}}", "tenant_id": "{{Samples.RequestTenantId}}", "cidr": "10.0.0.0/16"},
             "accept_vpc_info": {"vpc_id": "{{Samples.AcceptVpcId}}"},
             "description": "a description", "created_at": "2026-11-25T16:55:24", "updated_at": "2026-11-25T17:00:00"}
            """;
        await using var stub = await StubServer.StartAsync(Samples.Json(200, body));
        using var client = stub.CreateClient();

        var peering = await client.RejectAsync(Samples.PeeringId);

        peering.ShouldBe(new Peering(
            Samples.PeeringId, "test", RequestSide, new VpcInfo(Samples.AcceptVpcId), PeeringStatus.Rejected,
            "a description", "2026-11-25T16:55:24", "2026-11-25T17:00:00"));
    }

    private static IEnumerable<TestCaseData> OperationsWithoutBody()
    {
        const string peeringPath = $"/v2.0/vpc/peerings/{Samples.PeeringId}";
        yield return Operation("RejectAsync puts to the reject path and reads the top-level peering",
            client => client.RejectAsync(Samples.PeeringId), Samples.Peering(PeeringStatus.Rejected), PeeringStatus.Rejected, "PUT", $"{peeringPath}/reject");
        yield return Operation("AcceptAsync puts to the accept path and reads the top-level peering",
            client => client.AcceptAsync(Samples.PeeringId), Samples.Peering(PeeringStatus.Active), PeeringStatus.Active, "PUT", $"{peeringPath}/accept");
        yield return Operation("ShowAsync gets the peering and unwraps it",
            client => client.ShowAsync(Samples.PeeringId), Samples.Wrapped(Samples.Peering(PeeringStatus.PendingAcceptance)), PeeringStatus.PendingAcceptance, "GET", peeringPath);
    }

    private static TestCaseData Operation(
        string name, Func<PeeringApiClient, Task<Peering>> operation, string answer, string status, string method, string target) =>
        new TestCaseData(operation, answer, status, method, target).SetName(name);

    private static void ShouldCarryTokenAndAcceptJsonWithoutBody(RecordedRequest received) =>
        received.ShouldSatisfyAllConditions(
            () => received.Header("X-Auth-Token").ShouldBe(StubServer.Token),
            () => received.Header("Accept").ShouldBe("application/json"),
            () => received.Header("Content-Type").ShouldBeNull("a request without a body must not declare a content type"),
            () => received.Body.ShouldBeEmpty());
}
