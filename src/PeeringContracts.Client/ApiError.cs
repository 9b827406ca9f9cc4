using System.Text.Json;

namespace PeeringContracts.Client;

/// <summary>The code and message of an error body, in any of the shapes the provider family uses.</summary>
internal sealed record ApiError(string? Code, string? Message)
{
    private static readonly ApiError None = new(null, null);

    public bool IsEmpty => Code is null && Message is null;

    /// <summary>Reads the shapes in the official SDKs' order; a body that is empty or not JSON gives an empty error.</summary>
    public static ApiError Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return FromFields(root, "error_code", "error_msg")
                ?? FromFields(root, "code", "message")
                ?? FromFields(Member(root, "error"), "code", "message")
                ?? FromFields(Member(root, "NeutronError"), "type", "message")
                ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var member) ? member : null;

    private static ApiError? FromFields(JsonElement? element, string codeField, string messageField)
    {
        if (element is not { } found)
        {
            return null;
        }

        var error = new ApiError(Text(Member(found, codeField)), Text(Member(found, messageField)));
        return error.IsEmpty ? null : error;
    }

    private static string? Text(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.Value.GetRawText(),
        _ => null,
    };
}
