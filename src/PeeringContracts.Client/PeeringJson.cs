using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PeeringContracts.Client;

/// <summary>The API's JSON conventions: snake_case, unknown fields ignored, required and non-null fields enforced.</summary>
internal static class PeeringJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Keeps non-ASCII names (a Chinese peering name) readable in bodies and in Describe().
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
