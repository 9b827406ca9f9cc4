using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>Bad input always gets a 4xx with a JSON error and never a 5xx or anything that looks like internals.</summary>
public sealed partial class BadInputTests : ProviderFixture
{
    private static readonly string[] MalformedIds =
    [
        "not-a-uuid",
        new string('7', 5000),
        Uri.EscapeDataString("ünïcødé-☃-标识"),
        "%2F",
        "a%2F..%2Fb",
        "..",
        Uri.EscapeDataString("'quoted'"),
        Uri.EscapeDataString("\"22b76469-08e3-4937-8c1d-7aad34892be1\""),
        Uri.EscapeDataString("22b76469-08e3-4937-8c1d-7aad34892be1' OR '1'='1"),
        "22b7646908e349378c1d7aad34892be1",
    ];

    private static readonly string[] MalformedCreateBodies =
    [
        "",
        "{",
        "null",
        "[]",
        "\"peering\"",
        """{"peering": 5}""",
        """{"peering":{"name":42,"request_vpc_info":{"vpc_id":"x"},"accept_vpc_info":{"vpc_id":"y"}}}""",
        """{"peering":{"name":"n","request_vpc_info":"vpc","accept_vpc_info":{"vpc_id":"y"}}}""",
        """{"peering":{"name":"n","request_vpc_info":{"vpc_id":"not-a-uuid"},"accept_vpc_info":{"vpc_id":"y"}}}""",
        """{"peering":{"name":"","request_vpc_info":{"vpc_id":"x"},"accept_vpc_info":{"vpc_id":"y"}}}""",
        """{"peering":{"name":"NAME","request_vpc_info":{"vpc_id":"x"},"accept_vpc_info":{"vpc_id":"y"}}}""".Replace("NAME", new string('n', 65)),
        new string('[', 2000) + new string(']', 2000),
    ];

    [TestCaseSource(nameof(MalformedIds))]
    public async Task A_malformed_peering_id_gets_a_json_4xx_from_every_operation(string malformedId)
    {
        var path = $"{PeeringApi.Peerings}/{malformedId}";
        ApiResponse[] answers =
        [
            await Api.RejectAsync(malformedId, DefaultTenants.Accepter),
            await Api.AcceptAsync(malformedId, DefaultTenants.Accepter),
            await Api.SendAsync(HttpMethod.Get, path, DefaultTenants.Accepter),
            await Api.SendAsync(HttpMethod.Put, path, DefaultTenants.Requester, """{"peering":{"name":"x"}}"""),
            await Api.SendAsync(HttpMethod.Delete, path, DefaultTenants.Requester),
        ];

        foreach (var answer in answers)
        {
            ShouldBeACleanJsonClientError(answer);
        }
    }

    [TestCaseSource(nameof(MalformedCreateBodies))]
    public async Task A_malformed_create_body_answers_400_with_a_json_error(string body)
    {
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body);

        created.Code.ShouldBe(400, created.ToString());
        ShouldBeACleanJsonClientError(created);
    }

    [Test]
    public async Task An_oversized_create_body_answers_413()
    {
        var padding = new string('x', 100 * 1024);
        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, $$$"""{"peering":{"name":"{{{padding}}}"}}""");

        created.Code.ShouldBe(413, created.ToString());
        ShouldBeACleanJsonClientError(created);
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task Create_and_update_with_another_content_type_answer_415(string contentType)
    {
        var id = await Api.CreatePendingAsync();
        var body = PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter);

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester, body, contentType);
        var updated = await Api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester, """{"peering":{"name":"x"}}""", contentType);

        created.Code.ShouldBe(415, created.ToString());
        updated.Code.ShouldBe(415, updated.ToString());
        ShouldBeACleanJsonClientError(created);
    }

    [Test]
    public async Task Create_without_a_content_type_answers_415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter)));

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester.Token, content);

        created.Code.ShouldBe(415, created.ToString());
    }

    [Test]
    public async Task Create_with_json_and_a_charset_is_accepted()
    {
        var content = new StringContent(PeeringApi.JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        var created = await Api.SendAsync(HttpMethod.Post, PeeringApi.Peerings, DefaultTenants.Requester.Token, content);

        created.Code.ShouldBe(201, created.ToString());
    }

    [TestCase("GET", "/{id}/reject", "PUT")]
    [TestCase("POST", "/{id}/reject", "PUT")]
    [TestCase("DELETE", "/{id}/reject", "PUT")]
    [TestCase("PATCH", "/{id}/reject", "PUT")]
    [TestCase("POST", "/{id}/accept", "PUT")]
    [TestCase("PATCH", "/{id}", "DELETE, GET, PUT")]
    [TestCase("POST", "/{id}", "DELETE, GET, PUT")]
    [TestCase("PUT", "", "GET, POST")]
    [TestCase("DELETE", "", "GET, POST")]
    public async Task An_unknown_method_on_a_known_path_answers_405_with_Allow_and_changes_nothing(string method, string path, string allow)
    {
        var id = await Api.CreatePendingAsync();

        var answer = await Api.SendAsync(new HttpMethod(method), PeeringApi.Peerings + path.Replace("{id}", id), DefaultTenants.Accepter);

        answer.Code.ShouldBe(405, answer.ToString());
        string.Join(", ", answer.Header("Allow")!.Split(", ").Order()).ShouldBe(allow, answer.ToString());
        ShouldBeACleanJsonClientError(answer);
        (await Api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    }

    [Test]
    public async Task An_unknown_path_answers_404_in_json()
    {
        var answer = await Api.SendAsync(HttpMethod.Get, "v2.0/vpc/peering-typos", DefaultTenants.Accepter);

        answer.Code.ShouldBe(404, answer.ToString());
        ShouldBeACleanJsonClientError(answer);
    }

    private static void ShouldBeACleanJsonClientError(ApiResponse answer)
    {
        answer.Code.ShouldBeInRange(400, 499, answer.ToString());
        answer.ContentType.ShouldBe("application/json; charset=utf-8", answer.ToString());
        answer.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(answer.ToString());
        answer.Body.ShouldNotContain("Exception", Case.Sensitive, answer.ToString());
        StackFrame().IsMatch(answer.Body).ShouldBeFalse(answer.ToString());
        answer.Body.ShouldNotContain(".cs", Case.Sensitive, answer.ToString());
    }

    [GeneratedRegex(@"\bat [A-Za-z_][\w.`<>]*\(")]
    private static partial Regex StackFrame();
}
