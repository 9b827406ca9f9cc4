using System.Net;
using System.Text;
using PeeringContracts.Pact.Matchers;

namespace PeeringContracts.Pact.Tests.Support;

/// <summary>A one-interaction pact and a consumer that can send the right request or a wrong one.</summary>
internal static class SamplePact
{
    public const string Description = "a request to reject peering 7";
    public const string Path = "/v2.0/vpc/peerings/7/reject";
    public const string Body = """{"reason":"not needed"}""";

    public static PactBuilder Create(string pactDir) =>
        PactBuilder.V4("binding-consumer", "binding-provider", new PactConfig { PactDir = pactDir });

    public static PactBuilder WithRejectInteraction(string pactDir)
    {
        var pact = Create(pactDir);
        pact.UponReceiving(Description)
            .Given("a pending peering request")
            .WithRequest(HttpMethod.Put, Path)
            .WithHeader("X-Client", "console")
            .WithJsonBody(new { reason = "not needed" })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.Uuid(), status = "REJECTED" });
        return pact;
    }

    /// <summary>Sends a request like the pact's, with any part replaced.</summary>
    public static async Task<HttpResponseMessage> SendAsync(
        Uri mockServer, HttpMethod? method = null, string path = Path, (string Name, string Value)? header = null, string body = Body)
    {
        using var http = new HttpClient { BaseAddress = mockServer };
        using var request = new HttpRequestMessage(method ?? HttpMethod.Put, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var (name, value) = header ?? ("X-Client", "console");
        request.Headers.Add(name, value);
        return await http.SendAsync(request);
    }
}
