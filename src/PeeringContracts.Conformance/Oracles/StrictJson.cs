using System.Text;
using System.Text.Json;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>
/// Reads a body from its raw bytes as RFC 8259 defines a JSON text exchanged between systems, and as interoperable
/// parsers need it: UTF-8 without a byte order mark (§8.1), one value with nothing after it, no comments or trailing
/// commas, member names unique within each object (§4: names SHOULD be unique; parsers differ in which duplicate they
/// keep, so a client may see another value than the suite), and no escaped lone surrogate (§8.2: unpredictable).
/// </summary>
internal static class StrictJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why <paramref name="raw"/> is not such a JSON text, or null when it is.</summary>
    public static string? ProblemWith(IReadOnlyList<byte> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var bytes = raw as byte[] ?? [.. raw];
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return "it starts with a UTF-8 byte order mark (RFC 8259 §8.1: implementations MUST NOT add one)";
        }

        try
        {
            Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException invalid)
        {
            return $"it is not valid UTF-8 (RFC 8259 §8.1): {invalid.Message}";
        }

        try
        {
            return DuplicateNameIn(bytes);
        }
        catch (JsonException malformed)
        {
            return $"it is not a JSON text (RFC 8259): {malformed.Message}";
        }
        catch (InvalidOperationException unreadable)
        {
            return $"it holds a string no interoperable parser can read (RFC 8259 §8.2): {unreadable.Message}";
        }
    }

    /// <summary>Whether the body is a JSON object or array (what a mislabelled JSON answer is): lenient about nothing.</summary>
    public static bool IsStructured(IReadOnlyList<byte> raw)
    {
        var bytes = raw as byte[] ?? [.. raw];
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? DuplicateNameIn(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var names = new Stack<HashSet<string>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    names.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.EndObject:
                    names.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    if (!names.Peek().Add(name))
                    {
                        return $"the member name \"{name}\" appears twice in one object (RFC 8259 §4: names SHOULD be unique; parsers disagree on which value counts)";
                    }

                    break;
                case JsonTokenType.String:
                    reader.GetString();
                    break;
            }
        }

        return null;
    }
}
