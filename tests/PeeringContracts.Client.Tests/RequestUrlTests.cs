using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>Paths are appended to the base URL, prefix included, and reach the wire as given, up to what System.Uri normalises.</summary>
public sealed class RequestUrlTests
{
    [TestCase("", TestName = "base URL without a path")]
    [TestCase("gateway/", "/gateway", TestName = "base URL with a path prefix and a trailing slash")]
    [TestCase("gateway", "/gateway", TestName = "base URL with a path prefix and no trailing slash")]
    [TestCase("api/vpc/", "/api/vpc", TestName = "base URL with a two-segment path prefix")]
    public async Task The_documented_path_is_appended_to_the_base_url(string basePath, string expectedPrefix = "")
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Rejected)));
        using var client = stub.CreateClient(basePath: basePath);

        await client.RejectAsync(Samples.PeeringId);

        stub.SingleRequest().RawTarget.ShouldBe($"{expectedPrefix}/v2.0/vpc/peerings/{Samples.PeeringId}/reject");
    }

    [Test]
    public async Task A_base_url_given_without_its_trailing_slash_keeps_its_prefix()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Rejected)));
        var baseUrl = new Uri(stub.BaseUrl.AbsoluteUri.TrimEnd('/') + "/gateway");
        using var client = new PeeringApiClient(new PeeringClientOptions(baseUrl, StubServer.Token, TimeSpan.FromSeconds(5)));

        var exchange = await client.SendAsync(ApiRequest.Show(Samples.PeeringId));

        stub.SingleRequest().RawTarget.ShouldBe($"/gateway/v2.0/vpc/peerings/{Samples.PeeringId}");
        exchange.Url.ShouldBe(new Uri($"{baseUrl}/v2.0/vpc/peerings/{Samples.PeeringId}"));
    }

    [TestCase("/v2.0/vpc/peerings/a%2Fb/reject", "/v2.0/vpc/peerings/a%2Fb/reject", TestName = "an escaped slash stays escaped")]
    [TestCase("/v2.0/vpc/peerings/%20/reject", "/v2.0/vpc/peerings/%20/reject", TestName = "an escaped space stays escaped")]
    [TestCase("/v2.0/vpc/peerings//reject", "/v2.0/vpc/peerings//reject", TestName = "an empty id keeps the double slash")]
    [TestCase("/v2.0/vpc/peerings/%3Cscript%3E/reject", "/v2.0/vpc/peerings/%3Cscript%3E/reject", TestName = "escaped markup stays escaped")]
    [TestCase("/v2.0/vpc/peerings/abc?x=a%26b", "/v2.0/vpc/peerings/abc?x=a%26b", TestName = "a query with an escaped ampersand stays as given")]
    [TestCase("v2.0/vpc/peerings", "/v2.0/vpc/peerings", TestName = "a path without leading slash gets one")]
    [TestCase("/v2.0/vpc/peerings/a b/reject", "/v2.0/vpc/peerings/a%20b/reject", TestName = "System.Uri escapes a raw space")]
    [TestCase("/v2.0/vpc/peerings/不存在/reject", "/v2.0/vpc/peerings/%E4%B8%8D%E5%AD%98%E5%9C%A8/reject", TestName = "System.Uri escapes non-ASCII as UTF-8")]
    [TestCase("/v2.0/vpc/peerings/%41/reject", "/v2.0/vpc/peerings/A/reject", TestName = "System.Uri unescapes an escaped unreserved character")]
    [TestCase("/v2.0/vpc/peerings/../reject", "/v2.0/vpc/reject", TestName = "System.Uri removes dot segments")]
    [TestCase("/v2.0/vpc/peerings/%2e%2e/reject", "/v2.0/vpc/reject", TestName = "System.Uri removes escaped dot segments")]
    public async Task A_hand_written_path_reaches_the_wire_as_given_or_as_System_Uri_normalises_it(string path, string expectedTarget)
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(404, "", ContentType: null));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(new ApiRequest(HttpMethod.Put, path));

        stub.SingleRequest().RawTarget.ShouldBe(expectedTarget);
        exchange.Url.PathAndQuery.ShouldBe(expectedTarget, "the exchange should show the URL that was sent");
    }

    [TestCase("relative/path", TestName = "a relative base URL")]
    [TestCase("ftp://127.0.0.1/", TestName = "a base URL that is not http")]
    public void A_base_url_that_cannot_carry_the_api_is_refused(string baseUrl)
    {
        var options = new PeeringClientOptions(new Uri(baseUrl, UriKind.RelativeOrAbsolute), null, TimeSpan.FromSeconds(1));

        Should.Throw<ArgumentException>(() => new PeeringApiClient(options)).Message.ShouldContain(baseUrl);
    }

    [Test]
    public void A_timeout_that_is_not_positive_is_refused()
    {
        var options = new PeeringClientOptions(new Uri("http://127.0.0.1/"), null, TimeSpan.Zero);

        Should.Throw<ArgumentException>(() => new PeeringApiClient(options)).Message.ShouldContain("Timeout must be positive");
    }
}
