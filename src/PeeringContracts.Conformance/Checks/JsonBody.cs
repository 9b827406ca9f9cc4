using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Reads response bodies without trusting them: anything not a JSON object is a failure with the exchange attached.</summary>
internal static class JsonBody
{
    public static JsonElement Object(PeeringExchange exchange)
    {
        if (!TryParseObject(exchange.Body, out var root))
        {
            throw new RequirementFailedException("a JSON object body", $"\"{Trim(exchange.Body)}\"", exchange);
        }

        return root;
    }

    public static bool TryParseObject(string body, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    /// <summary>The string at a dotted path such as <c>request_vpc_info.vpc_id</c>; null when absent or not a string.</summary>
    public static string? StringAt(JsonElement root, string dottedPath)
    {
        var node = root;
        foreach (var name in dottedPath.Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
    }

    private static string Trim(string body) => body.Length <= 120 ? body : body[..120] + "…";
}
