using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// Where in a JSON body a value appears once its escapes are decoded (<c>$.NeutronError.message</c>), and the body with
/// such values cut out: a secret written <c>\u002d</c>-escaped is the same secret to every JSON reader.
/// </summary>
internal static class JsonRedaction
{
    /// <summary>The path of the first string (member name or value) that contains <paramref name="value"/>, or null
    /// when the body is not JSON or holds it nowhere.</summary>
    public static string? PathOf(string body, string value)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Find(document.RootElement, "$", value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body with every occurrence of <paramref name="values"/> in its decoded strings replaced by <c>***</c>,
    /// written again (escapes normalized); a body that is not JSON with plain occurrences replaced.</summary>
    public static string Redact(string body, IReadOnlyList<string> values)
    {
        try
        {
            return JsonNode.Parse(body) is { } root ? Redacted(root, values).ToJsonString() : body;
        }
        catch (Exception unreadable) when (unreadable is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or JSON a node tree cannot hold (a member name twice): cut the plain occurrences.
            return Cut(body, values);
        }
    }

    private static string? Find(JsonElement element, string path, string value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var member = $"{path}.{property.Name}";
                    if (property.Name.Contains(value, StringComparison.Ordinal))
                    {
                        return member;
                    }

                    if (Find(property.Value, member, value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]", value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.String:
                return element.GetString()!.Contains(value, StringComparison.Ordinal) ? path : null;
            default:
                return null;
        }
    }

    private static JsonNode Redacted(JsonNode node, IReadOnlyList<string> values) => node switch
    {
        JsonObject members => new JsonObject(members.Select(member =>
            KeyValuePair.Create(Cut(member.Key, values), member.Value is null ? null : Redacted(member.Value, values)))),
        JsonArray items => new JsonArray(items.Select(item => item is null ? null : Redacted(item, values)).ToArray()),
        JsonValue text when text.TryGetValue<string>(out var value) => JsonValue.Create(Cut(value, values)),
        _ => node.DeepClone(),
    };

    /// <summary>The text with every one of <paramref name="values"/> replaced by <c>***</c>.</summary>
    public static string Cut(string text, IReadOnlyList<string> values) =>
        values.Aggregate(text, (current, value) => current.Replace(value, "***", StringComparison.Ordinal));
}
