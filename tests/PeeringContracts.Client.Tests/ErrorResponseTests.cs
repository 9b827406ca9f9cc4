using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>Every error shape of the facts file becomes one PeeringApiException with status, code, message and request id.</summary>
public sealed class ErrorResponseTests
{
    private const string RequestId = "5d3c0a1e9f2b4c7d8e6f";

    [TestCase("""{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}""", 401, "APIGW.0301", "Incorrect IAM authentication information", TestName = "gateway error_code/error_msg")]
    [TestCase("""{"code": "VPC.0003", "message": "peering not found"}""", 404, "VPC.0003", "peering not found", TestName = "VPC code/message")]
    [TestCase("""{"error": {"code": "VPC.2401", "message": "state does not allow reject"}}""", 409, "VPC.2401", "state does not allow reject", TestName = "nested error.code/error.message")]
    [TestCase("""{"NeutronError": {"type": "PeeringNotFound", "message": "Peering x could not be found", "detail": ""}}""", 404, "PeeringNotFound", "Peering x could not be found", TestName = "NeutronError type/message")]
    [TestCase("""{"error_code": "APIGW.0308", "error_msg": "throttled", "code": "VPC.0001", "message": "ignored"}""", 429, "APIGW.0308", "throttled", TestName = "error_code wins over code, as in the SDKs")]
    [TestCase("""{"code": 400, "message": "numeric code"}""", 400, "400", "numeric code", TestName = "a numeric code is read as text")]
    public async Task Each_error_shape_is_parsed(string body, int status, string expectedCode, string expectedMessage)
    {
        await using var stub = await StubServer.StartAsync(ErrorResponse(status, body, "application/json"));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.RejectAsync(Samples.PeeringId));

        error.ShouldSatisfyAllConditions(
            () => error.StatusCode.ShouldBe(status),
            () => error.Code.ShouldBe(expectedCode),
            () => error.ErrorMessage.ShouldBe(expectedMessage),
            () => error.RequestId.ShouldBe(RequestId),
            () => error.Exchange.Body.ShouldBe(body),
            () => error.Message.ShouldBe(
                $"PUT {stub.BaseUrl}v2.0/vpc/peerings/{Samples.PeeringId}/reject answered {status} " +
                $"(code: {expectedCode}, message: {expectedMessage}, request id: {RequestId})"));
    }

    [TestCase("<html><body>502 Bad Gateway</body></html>", "text/html", TestName = "an HTML gateway page")]
    [TestCase("""{"unexpected": "shape"}""", "application/json", TestName = "JSON of no known shape")]
    public async Task A_body_of_no_known_shape_still_gives_status_request_id_and_the_body(string body, string contentType)
    {
        await using var stub = await StubServer.StartAsync(ErrorResponse(502, body, contentType));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.ShowAsync(Samples.PeeringId));

        error.ShouldSatisfyAllConditions(
            () => error.StatusCode.ShouldBe(502),
            () => error.Code.ShouldBeNull(),
            () => error.ErrorMessage.ShouldBeNull(),
            () => error.Message.ShouldBe(
                $"GET {stub.BaseUrl}v2.0/vpc/peerings/{Samples.PeeringId} answered 502 " +
                $"(code: none, message: none, request id: {RequestId}); body: {body}"));
    }

    [Test]
    public async Task An_empty_error_body_says_so()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(503, ContentType: null));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.DeleteAsync(Samples.PeeringId));

        error.Message.ShouldBe(
            $"DELETE {stub.BaseUrl}v2.0/vpc/peerings/{Samples.PeeringId} answered 503 (code: none, message: none, request id: none); empty body");
    }

    [Test]
    public async Task A_long_error_body_is_trimmed_in_the_message()
    {
        var body = new string('x', 5000);
        await using var stub = await StubServer.StartAsync(ErrorResponse(500, body, "text/plain"));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.AcceptAsync(Samples.PeeringId));

        error.Message.ShouldEndWith($"; body: {new string('x', 500)}… (4500 more characters)");
        error.Exchange.Body.ShouldBe(body, "the exchange keeps the whole body");
    }

    [TestCase(302, TestName = "a redirect is not followed")]
    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(409)]
    public async Task Every_typed_operation_throws_for_a_non_success_status(int status)
    {
        await using var stub = await StubServer.StartAsync(ErrorResponse(status, """{"code": "X", "message": "m"}""", "application/json"));
        using var client = stub.CreateClient();
        Func<Task>[] operations =
        [
            () => client.CreateAsync(new CreatePeeringRequest("n", new VpcInfo("a"), new VpcInfo("b", "t"))),
            () => client.ShowAsync(Samples.PeeringId),
            () => client.ListAsync(),
            () => client.AcceptAsync(Samples.PeeringId),
            () => client.RejectAsync(Samples.PeeringId),
            () => client.UpdateAsync(Samples.PeeringId, new UpdatePeeringRequest(Description: "d")),
            () => client.DeleteAsync(Samples.PeeringId),
        ];

        foreach (var operation in operations)
        {
            (await Should.ThrowAsync<PeeringApiException>(operation)).StatusCode.ShouldBe(status);
        }

        stub.Received.Count.ShouldBe(operations.Length, "each operation should send exactly one request");
    }

    [Test]
    public async Task The_raw_layer_returns_error_statuses_instead_of_throwing()
    {
        await using var stub = await StubServer.StartAsync(ErrorResponse(500, """{"code": "VPC.9999", "message": "boom"}""", "application/json"));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId));

        exchange.ShouldSatisfyAllConditions(
            () => exchange.StatusCode.ShouldBe(500),
            () => exchange.Body.ShouldBe("""{"code": "VPC.9999", "message": "boom"}"""),
            () => exchange.RequestId.ShouldBe(RequestId));
    }

    private static CannedResponse ErrorResponse(int status, string body, string contentType) =>
        new(status, body, contentType) { Headers = new Dictionary<string, string> { ["X-Request-Id"] = RequestId, ["Location"] = "http://127.0.0.1:9/elsewhere" } };
}
