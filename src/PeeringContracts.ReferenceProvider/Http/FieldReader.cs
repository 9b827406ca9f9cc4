using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>Reads typed fields out of a JSON request and keeps the first problem as a message naming the field.</summary>
internal sealed class FieldReader
{
    public string? Error { get; private set; }

    public JsonObject? Object(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (Error is null && node is not JsonObject)
        {
            Error = $"{path} must be a JSON object.";
        }

        return node as JsonObject;
    }

    /// <summary>A string field; its length is counted in code points (an emoji is one character), as the schema counts
    /// it, and <paramref name="refuseAngleBrackets"/> refuses <c>&lt;</c> and <c>&gt;</c> (documented for description).</summary>
    public string? String(
        JsonObject? parent, string name, string path, bool required, int minLength = 0, int maxLength = int.MaxValue, bool refuseAngleBrackets = false)
    {
        if (Error is not null || parent is null)
        {
            return null;
        }

        var node = parent[name];
        if (node is null)
        {
            Error = required ? $"{path} is required." : null;
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            Error = $"{path} must be a string.";
            return null;
        }

        var value = node.GetValue<string>();
        var length = value.EnumerateRunes().Count();
        if (length < minLength || length > maxLength)
        {
            Error = $"{path} must have {minLength} to {maxLength} characters; it has {length}.";
            return null;
        }

        if (refuseAngleBrackets && value.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            Error = $"{path} must not contain < or >.";
            return null;
        }

        return value;
    }

    public string? Uuid(JsonObject? parent, string name, string path, bool required)
    {
        var value = String(parent, name, path, required);
        if (value is null)
        {
            return null;
        }

        if (!Guid.TryParseExact(value, "D", out var uuid))
        {
            Error = $"{path} must be a UUID.";
            return null;
        }

        return uuid.ToString();
    }
}
