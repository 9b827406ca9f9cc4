using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Http;

internal static class JsonAnswer
{
    public const string ContentType = "application/json; charset=utf-8";

    public static IResult With(JsonNode body, int statusCode = StatusCodes.Status200OK, string contentType = ContentType) =>
        Results.Text(body.ToJsonString(), contentType, contentEncoding: null, statusCode);
}
