using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>The raw layer sends exactly the body, content type and method it is given, and records the exchange.</summary>
public sealed class RawRequestTests
{
    [Test]
    public async Task A_json_body_goes_out_as_application_json_and_is_recorded()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(400, """{"code": "VPC.0002", "message": "bad body"}"""));
        using var client = stub.CreateClient();
        const string body = """{"peering": {"name": 42}}""";

        var exchange = await client.SendAsync(new ApiRequest(HttpMethod.Post, "/v2.0/vpc/peerings") { JsonBody = body });

        var received = stub.SingleRequest();
        received.Header("Content-Type").ShouldBe("application/json");
        received.Body.ShouldBe(body);
        exchange.ShouldSatisfyAllConditions(
            () => exchange.Method.ShouldBe("POST"),
            () => exchange.RequestBody.ShouldBe(body),
            () => exchange.RequestHeaders["Content-Type"].ShouldBe("application/json"),
            () => exchange.StatusCode.ShouldBe(400),
            () => exchange.ContentType.ShouldBe("application/json"),
            () => exchange.Elapsed.ShouldBeGreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task A_given_content_type_goes_out_verbatim()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(415, "", ContentType: null));
        using var client = stub.CreateClient();

        await client.SendAsync(new ApiRequest(HttpMethod.Post, "/v2.0/vpc/peerings") { JsonBody = "name=x", ContentType = "text/plain; charset=iso-8859-1" });

        stub.SingleRequest().Header("Content-Type").ShouldBe("text/plain; charset=iso-8859-1");
    }

    [Test]
    public async Task A_content_type_without_a_body_goes_out_with_an_empty_body_as_the_sdks_send_reject()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Rejected)));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { ContentType = "application/json" });

        var received = stub.SingleRequest();
        received.Header("Content-Type").ShouldBe("application/json");
        received.Body.ShouldBeEmpty();
        exchange.RequestBody.ShouldBeNull();
    }

    [TestCase("POST")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    [TestCase("HEAD")]
    public async Task Any_method_RestSharp_knows_can_be_sent_to_any_path(string method)
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(405, "", ContentType: null));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { Method = new HttpMethod(method) });

        stub.SingleRequest().Method.ShouldBe(method);
        exchange.StatusCode.ShouldBe(405);
    }

    [TestCase("TRACE")]
    [TestCase("PURGE")]
    public async Task A_method_RestSharp_has_no_name_for_goes_out_as_that_method(string method)
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(405, "", ContentType: null));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { Method = new HttpMethod(method), OmitToken = true });

        stub.SingleRequest().Method.ShouldBe(method);
        exchange.Method.ShouldBe(method);
    }

    [Test]
    public async Task A_method_RestSharp_has_no_name_for_is_not_signed_but_refused_before_anything_is_sent()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(405));
        using var client = new PeeringApiClient(new PeeringClientOptions(stub.BaseUrl, null, TimeSpan.FromSeconds(10)) { AkSk = new AkSkCredentials("AK0000000001", "secret-key", "project") });

        var error = await Should.ThrowAsync<ArgumentException>(() => client.SendAsync(new ApiRequest(HttpMethod.Trace, "/v2.0/vpc/peerings")));

        error.Message.ShouldContain("TRACE");
        stub.Received.ShouldBeEmpty();
    }
}
