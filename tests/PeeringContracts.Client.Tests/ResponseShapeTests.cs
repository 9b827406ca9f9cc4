using System.Text.Json.Nodes;
using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>A success status with a body that is not the documented shape throws PeeringResponseException naming what is wrong.</summary>
public sealed class ResponseShapeTests
{
    [Test]
    public async Task A_missing_or_null_required_field_is_named(
        [Values("id", "name", "status", "request_vpc_info", "accept_vpc_info")] string field, [Values] bool missing)
    {
        var error = await RejectAnsweredWith(WithField(field, missing));

        error.Message.ShouldStartWith($"PUT {error.Exchange.Url} answered 200 with a body that does not match the documented shape");
        error.Message.ShouldContain(missing ? $"missing required properties including: '{field}'" : $"doesn't allow null values. Consider updating its nullability annotation. Path: $.{field} ");
    }

    [Test]
    public async Task A_vpc_info_without_vpc_id_is_named()
    {
        var body = JsonNode.Parse(Samples.Peering(PeeringStatus.Rejected))!;
        body["accept_vpc_info"]!.AsObject().Remove("vpc_id");

        var error = await RejectAnsweredWith(body.ToJsonString());

        error.Message.ShouldContain("'vpc_id'");
        error.Message.ShouldContain("$.accept_vpc_info");
    }

    [Test]
    public async Task A_field_of_the_wrong_type_is_named()
    {
        var body = JsonNode.Parse(Samples.Peering(PeeringStatus.Rejected))!;
        body["status"] = 3;

        var error = await RejectAnsweredWith(body.ToJsonString());

        error.Message.ShouldContain("$.status");
    }

    [Test]
    public async Task A_wrapped_reject_body_is_not_the_documented_top_level_object()
    {
        var error = await RejectAnsweredWith(Samples.Wrapped(Samples.Peering(PeeringStatus.Rejected)));

        error.Message.ShouldContain("missing required properties");
    }

    [Test]
    public async Task A_show_body_without_the_peering_wrapper_is_named()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Active)));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringResponseException>(() => client.ShowAsync(Samples.PeeringId));

        error.Message.ShouldContain("'peering'");
    }

    [Test]
    public async Task A_list_with_a_null_entry_is_named()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, $$"""{"peerings": [{{Samples.Peering(PeeringStatus.Active)}}, null]}"""));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringResponseException>(() => client.ListAsync());

        error.Message.ShouldContain("$.peerings[1] is null");
    }

    [TestCase("not json at all", "application/json", "'not json at all' is an invalid JSON literal", TestName = "text that is not JSON")]
    [TestCase("", "application/json", "does not contain any JSON tokens", TestName = "an empty body")]
    [TestCase("null", "application/json", "the JSON literal null", TestName = "the JSON literal null")]
    [TestCase("{}", "text/html", "got Content-Type text/html", TestName = "a JSON body declared as HTML")]
    public async Task A_body_that_is_not_a_json_peering_is_reported(string body, string contentType, string expectedProblem)
    {
        var error = await RejectAnsweredWith(body, contentType);

        error.Message.ShouldContain(expectedProblem);
    }

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/json;charset=UTF-8")]
    [TestCase("Application/JSON")]
    public async Task Json_with_any_charset_parameter_is_accepted(string contentType)
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(200, Samples.Peering(PeeringStatus.Rejected), contentType));
        using var client = stub.CreateClient();

        var peering = await client.RejectAsync(Samples.PeeringId);

        peering.Status.ShouldBe(PeeringStatus.Rejected);
    }

    private static async Task<PeeringResponseException> RejectAnsweredWith(string body, string contentType = "application/json")
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(200, body, contentType));
        using var client = stub.CreateClient();
        return await Should.ThrowAsync<PeeringResponseException>(() => client.RejectAsync(Samples.PeeringId));
    }

    private static string WithField(string field, bool missing)
    {
        var body = JsonNode.Parse(Samples.Peering(PeeringStatus.Rejected))!.AsObject();
        if (missing)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = null;
        }

        return body.ToJsonString();
    }
}
