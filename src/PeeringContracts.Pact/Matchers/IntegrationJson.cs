using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeeringContracts.Pact.Matchers;

/// <summary>
/// Serialises values (anonymous objects, dictionaries, arrays, <see cref="Matcher"/>s at any depth) to the core's
/// integration JSON. Property names are kept as written; text is written as UTF-8, not escaped.
/// </summary>
internal static class IntegrationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // The JSON goes to the core, never into HTML: regexes keep their '+' and text its non-ASCII characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MatcherConverter() },
    };

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Options);

    private sealed class MatcherConverter : JsonConverter<Matcher>
    {
        public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Matchers are only written to the core, never read back.");

        public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("pact:matcher:type", value.Type);
            foreach (var (name, attribute) in value.Attributes)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, attribute, options);
            }

            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, value.Example, options);
            writer.WriteEndObject();
        }
    }
}
