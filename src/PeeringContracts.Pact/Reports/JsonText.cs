using System.Text.Json.Nodes;

namespace PeeringContracts.Pact.Reports;

/// <summary>A JSON node as a reader wants it in a sentence: strings bare, anything else as JSON.</summary>
internal static class JsonText
{
    public static string Of(JsonNode? node) =>
        node switch
        {
            null => "",
            JsonValue value when value.TryGetValue(out string? text) => text,
            _ => node.ToJsonString(),
        };
}
