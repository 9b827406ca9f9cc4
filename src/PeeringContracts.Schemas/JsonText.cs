using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeeringContracts.Schemas;

/// <summary>Reads a response body: strictly per RFC 8259 first, then into the token tree NJsonSchema validates.</summary>
internal static class JsonText
{
    public const string InvalidJsonRule = "invalid-json";

    /// <summary>
    /// The first syntax error of <paramref name="json"/> as a violation at <c>$</c>, or null when it is JSON.
    /// System.Text.Json decides, because Newtonsoft.Json accepts what JSON forbids (single quotes, comments, bare names).
    /// </summary>
    public static SchemaViolation? FindSyntaxError(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (System.Text.Json.JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0);
            var column = ColumnInCharacters(json, line, (int)(error.BytePositionInLine ?? 0));
            var reason = error.Message.Split(" LineNumber:", 2)[0];
            return new SchemaViolation("$", InvalidJsonRule, $"line {line + 1}, column {column}: {reason}");
        }
    }

    /// <summary>The token tree, with date-like strings left as strings (Newtonsoft would turn them into dates).</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>The 1-based column, in code points, of a 0-based byte offset into a 0-based line.</summary>
    private static int ColumnInCharacters(string json, int lineIndex, int byteOffset)
    {
        var lines = json.Split('\n');
        var line = Encoding.UTF8.GetBytes(lines[Math.Min(lineIndex, lines.Length - 1)]);
        var before = Encoding.UTF8.GetString(line, 0, Math.Min(byteOffset, line.Length));
        return LengthLimit.CountCodePoints(before) + 1;
    }
}
