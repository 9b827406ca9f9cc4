using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Stands between the suite and the reference provider's state endpoint and drops the <c>params</c> the suite sends, so
/// the provider names each peering its own way. Its answer carries either no name (an endpoint that ignores params, as
/// Pact allows) or, when <paramref name="claimsTheSentName"/>, the name the suite asked for (an endpoint that says it
/// honoured the name while the API shows another).
/// </summary>
internal sealed class ParamsDroppingStateEndpoint(bool claimsTheSentName) : DelegatingHandler(new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        var sentName = sent["params"]?["name"]?.DeepClone();
        sent["params"] = new JsonObject();
        request.Content = JsonContent.Create(sent);

        var response = await base.SendAsync(request, cancellationToken);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        answer.Remove("name");
        if (claimsTheSentName)
        {
            answer["name"] = sentName;
        }

        response.Content = JsonContent.Create(answer);
        return response;
    }
}
