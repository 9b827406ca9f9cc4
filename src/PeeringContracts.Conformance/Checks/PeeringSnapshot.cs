using System.Text.Json.Nodes;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// A peering as the accepting tenant's show returned it at one moment, every field of it, or null when the show
/// answered 404: what a request that must change nothing is compared against, right after it and at the end of the run.
/// </summary>
public sealed record PeeringSnapshot(string PeeringId, JsonObject? Fields)
{
    public string? Status => Fields?["status"] is JsonValue status && status.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Reads <c>GET /v2.0/vpc/peerings/{id}</c> as the accepting tenant: 200 with a <c>peering</c> object, or 404.</summary>
    public static async Task<PeeringSnapshot> ReadAsync(CheckContext context, string peeringId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var exchange = await context.SendAsync(ApiRequest.Show(peeringId));
        if (exchange.StatusCode == 404)
        {
            return new PeeringSnapshot(peeringId, Fields: null);
        }

        if (exchange.StatusCode != 200)
        {
            throw new HelperRequestFailedException($"GET /v2.0/vpc/peerings/{peeringId} answered {exchange.StatusCode}, not 200 or 404", exchange);
        }

        return JsonNode.Parse(exchange.Body) is JsonObject { } body && body["peering"] is JsonObject peering
            ? new PeeringSnapshot(peeringId, peering)
            : throw new HelperRequestFailedException($"GET /v2.0/vpc/peerings/{peeringId} answered a body without a \"peering\" object", exchange);
    }

    /// <summary>Every field but <paramref name="except"/> that differs in <paramref name="later"/>, as "field: before → after";
    /// null when nothing does.</summary>
    public string? ChangesTo(PeeringSnapshot later, params string[] except)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (Fields is null || later.Fields is null)
        {
            return Fields is null && later.Fields is null ? null : $"{Describe()} → {later.Describe()}";
        }

        var changes = Fields.Select(field => field.Key)
            .Union(later.Fields.Select(field => field.Key), StringComparer.Ordinal)
            .Where(name => !except.Contains(name, StringComparer.Ordinal) && !JsonNode.DeepEquals(Fields[name], later.Fields[name]))
            .Select(name => $"{name}: {Text(Fields[name])} → {Text(later.Fields[name])}")
            .ToList();
        return changes.Count == 0 ? null : string.Join("; ", changes);
    }

    /// <summary>"status PENDING_ACCEPTANCE", or "gone (404)".</summary>
    public string Describe() => Fields is null ? "gone (404)" : $"status {Expect.Quote(Status)}";

    private static string Text(JsonNode? value) => value is null ? "(absent)" : value.ToJsonString();
}
