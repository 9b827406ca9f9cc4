using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>Reads a JSON object body: 415 for another content type, 400 for malformed JSON or a non-object. The size
/// cap is Kestrel's (an oversized body throws a 413 <see cref="BadHttpRequestException"/>).</summary>
internal static class JsonRequestBody
{
    public static async Task<(JsonObject? Body, ErrorAnswer? Error)> ReadObjectAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return (null, ErrorAnswer.UnsupportedMediaType());
        }

        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, ErrorAnswer.BadRequest("The request body is not valid JSON."));
        }

        return root is JsonObject body ? (body, null) : (null, ErrorAnswer.BadRequest("The request body must be a JSON object."));
    }
}
