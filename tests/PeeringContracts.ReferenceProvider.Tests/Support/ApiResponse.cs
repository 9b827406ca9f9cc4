using System.Net;
using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>One answer of the provider with the request that produced it; <see cref="ToString"/> is the failure
/// message context (request, status, content type, body).</summary>
public sealed record ApiResponse(string Request, HttpStatusCode Status, string? ContentType, string Body, HttpResponseMessage Message)
{
    public int Code => (int)Status;

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException($"{this} has an empty JSON body.");

    public JsonObject Peering => Json["peering"]?.AsObject() ?? throw new InvalidOperationException($"{this} carries no \"peering\" object.");

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) || Message.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public override string ToString() => $"{Request} answered {Code} ({ContentType ?? "no content type"}): {Body}";
}
