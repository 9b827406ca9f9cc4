using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>One search of the list for a peering: the item found (null when not), after how many pages, and the last page.</summary>
internal sealed record ListSearch(JsonElement? Item, int Pages, PeeringExchange Last)
{
    private const int MaxListPages = 50;

    public bool Found => Item is not null;

    /// <summary>
    /// Lists by status (null: any status) and id (a documented filter that keeps the answer short), following the pages
    /// (Neutron style: <c>marker</c> = last id) until the peering shows up or the pages end; every item must have the
    /// status asked for.
    /// </summary>
    public static async Task<ListSearch> RunAsync(CheckContext context, string? status, string peeringId, PeeringApiClient? asTenant = null)
    {
        var query = new PeeringListQuery(Status: status, Id: peeringId);
        for (var page = 1; ; page++)
        {
            var exchange = await context.SendAsync(ApiRequest.List(query), asTenant);
            Expect.Status(exchange, 200);
            var peerings = PeeringsIn(exchange);
            var misfiled = peerings.FirstOrDefault(peering => status is not null && JsonBody.StringAt(peering, "status") != status);
            if (misfiled.ValueKind != JsonValueKind.Undefined)
            {
                throw new RequirementFailedException($"only {status} peerings in a list filtered by status={status}",
                    $"peering {Expect.Quote(JsonBody.StringAt(misfiled, "id"))} with status {Expect.Quote(JsonBody.StringAt(misfiled, "status"))}", exchange);
            }

            var found = peerings.FindIndex(peering => string.Equals(JsonBody.StringAt(peering, "id"), peeringId, StringComparison.OrdinalIgnoreCase));
            if (found >= 0)
            {
                return new ListSearch(peerings[found], page, exchange);
            }

            if (peerings.Count == 0 || page == MaxListPages || !HasNextLink(exchange))
            {
                return new ListSearch(null, page, exchange);
            }

            query = query with { Marker = JsonBody.StringAt(peerings[^1], "id") };
        }
    }

    private static List<JsonElement> PeeringsIn(PeeringExchange exchange)
    {
        var body = JsonBody.Object(exchange);
        return body.TryGetProperty("peerings", out var peerings) && peerings.ValueKind == JsonValueKind.Array
            ? peerings.EnumerateArray().ToList()
            : throw new RequirementFailedException("a list body with a \"peerings\" array", "none", exchange);
    }

    private static bool HasNextLink(PeeringExchange exchange) =>
        JsonBody.Object(exchange).TryGetProperty("peerings_links", out var links)
        && links.ValueKind == JsonValueKind.Array
        && links.EnumerateArray().Any(link => JsonBody.StringAt(link, "rel") == "next");
}
