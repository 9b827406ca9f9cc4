using System.Net.Http.Headers;
using System.Text.Json;

namespace PeeringContracts.Client;

/// <summary>Turns a success body into a typed record, or says precisely how it differs from the documented shape.</summary>
internal static class ResponseReader
{
    public static T Read<T>(PeeringExchange exchange, string documentedShape)
        where T : class
    {
        if (!IsJson(exchange.ContentType))
        {
            throw new PeeringResponseException(
                exchange, $"expected {documentedShape} as application/json, got Content-Type {exchange.ContentType ?? "(none)"}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(exchange.Body, PeeringJson.Options)
                ?? throw new PeeringResponseException(exchange, $"expected {documentedShape}, got the JSON literal null");
        }
        catch (JsonException e)
        {
            throw new PeeringResponseException(exchange, $"expected {documentedShape}; {WithPath(e)}", e);
        }
    }

    public static PeeringPage ReadPage(PeeringExchange exchange)
    {
        const string documentedShape = """{"peerings": [peering…], "peerings_links": [{"rel", "href"?, "marker"?}…]}""";
        var body = Read<PeeringListBody>(exchange, documentedShape);
        var firstNull = body.Peerings.ToList().FindIndex(peering => peering is null);
        if (firstNull >= 0)
        {
            throw new PeeringResponseException(exchange, $"expected {documentedShape}; $.peerings[{firstNull}] is null");
        }

        return new PeeringPage(body.Peerings, body.PeeringsLinks ?? []);
    }

    // Missing-property errors do not name the object they are missing from; the path does.
    private static string WithPath(JsonException e) =>
        e.Path is null || e.Message.Contains("Path: ", StringComparison.Ordinal) ? e.Message : $"{e.Message} Path: {e.Path}.";

    // application/json with any parameters (charset=utf-8, charset=UTF-8 …), in any letter case.
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);
}
