namespace PeeringContracts.Client.Tests;

/// <summary>Describe() is what a failure message shows of an exchange: readable, trimmed, without secrets.</summary>
public sealed class PeeringExchangeTests
{
    private static readonly Uri RejectUrl = new("http://127.0.0.1:8080/v2.0/vpc/peerings/p-1/reject");

    [Test]
    public void Describe_shows_the_request_then_the_answer()
    {
        var exchange = Exchange(body: """{"code": "VPC.0003"}""", requestBody: """{"x": 1}""");

        exchange.Describe().ShouldBe(
            """
            PUT http://127.0.0.1:8080/v2.0/vpc/peerings/p-1/reject
              X-Auth-Token: ***
              Accept: application/json
              {"x": 1}
            → 404 application/json (12 ms)
              X-Request-Id: req-7
              {"code": "VPC.0003"}
            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Describe_trims_long_bodies_and_names_an_empty_one()
    {
        Exchange(body: new string('b', 30)).Describe(maxBodyChars: 10).ShouldEndWith("  bbbbbbbbbb… (20 more characters)");
        Exchange(body: "").Describe().ShouldEndWith("  (empty body)");
    }

    [Test]
    public void ToString_is_Describe()
    {
        var exchange = Exchange(body: "{}");

        exchange.ToString().ShouldBe(exchange.Describe());
    }

    [Test]
    public void RequestId_is_read_from_the_header_in_any_letter_case()
    {
        var exchange = Exchange(body: "") with { ResponseHeaders = new Dictionary<string, string> { ["x-request-id"] = "lower" } };

        exchange.RequestId.ShouldBe("lower");
    }

    private static PeeringExchange Exchange(string body, string? requestBody = null) => new(
        "PUT",
        RejectUrl,
        new Dictionary<string, string> { ["X-Auth-Token"] = "***", ["Accept"] = "application/json" },
        requestBody,
        404,
        "application/json",
        new Dictionary<string, string> { ["X-Request-Id"] = "req-7" },
        body,
        TimeSpan.FromMilliseconds(12.4));
}
