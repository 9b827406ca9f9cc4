using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>One search of the list for a peering: the item found (null when not), after how many pages, and the last page.</summary>
internal sealed record ListSearch(JsonElement? Item, int Pages, PeeringExchange Last)
{
    /// <summary>Far beyond any tenant's peerings at the documented default page size (2000); a list longer than this
    /// cannot be searched to its end, so the check could not judge it.</summary>
    private const int MaxListPages = 200;

    /// <summary>A page asked with a marker may be refused when the marker's peering was deleted meanwhile (other checks
    /// release theirs); the search then starts over, at most this many times.</summary>
    private const int MaxStarts = 3;

    public bool Found => Item is not null;

    /// <summary>
    /// Lists by status alone (null: every peering) and follows the pages (Neutron style: <c>marker</c> = the last id of the page, while
    /// <c>peerings_links</c> has a <c>next</c> link) until the peering shows up or the pages end. The searched peering
    /// must carry the status asked for; other tenants' and other checks' peerings may be mid-change and are not judged.
    /// </summary>
    public static async Task<ListSearch> RunAsync(CheckContext context, string? status, string peeringId, PeeringApiClient? asTenant = null)
    {
        for (var start = 1; ; start++)
        {
            var search = await SearchFromFirstPageAsync(context, status, peeringId, asTenant);
            if (search is not null)
            {
                return search;
            }

            if (start == MaxStarts)
            {
                throw new PrerequisiteMissingException(
                    $"{Listing(status)} refused a page asked with a marker {MaxStarts} times in a row, so it could not be searched to its end.");
            }
        }
    }

    /// <summary>The search, or null when a page after the first was refused (its marker vanished).</summary>
    private static async Task<ListSearch?> SearchFromFirstPageAsync(CheckContext context, string? status, string peeringId, PeeringApiClient? asTenant)
    {
        var query = new PeeringListQuery(Status: status);
        for (var page = 1; page <= MaxListPages; page++)
        {
            var exchange = await context.SendAsync(ApiRequest.List(query), asTenant);
            if (page > 1 && exchange.StatusCode is >= 400 and < 500)
            {
                return null;
            }

            Expect.Status(exchange, 200);
            var peerings = PeeringsIn(exchange);
            var sought = peerings.FirstOrDefault(peering => string.Equals(JsonBody.StringAt(peering, "id"), peeringId, StringComparison.OrdinalIgnoreCase));
            if (sought.ValueKind != JsonValueKind.Undefined)
            {
                if (status is not null)
                {
                    RequireStatus(sought, status, exchange);
                }

                return new ListSearch(sought, page, exchange);
            }

            if (peerings.Count == 0 || !HasNextLink(exchange))
            {
                return new ListSearch(null, page, exchange);
            }

            query = query with { Marker = JsonBody.StringAt(peerings[^1], "id") };
        }

        throw new PrerequisiteMissingException($"{Listing(status)} has more than {MaxListPages} pages, so it could not be searched to its end.");
    }

    private static string Listing(string? status) => status is null ? "the list" : $"the list filtered by status={status}";

    private static void RequireStatus(JsonElement peering, string status, PeeringExchange exchange)
    {
        if (JsonBody.StringAt(peering, "status") != status)
        {
            throw new RequirementFailedException($"only {status} peerings in a list filtered by status={status}",
                $"peering {Expect.Quote(JsonBody.StringAt(peering, "id"))} with status {Expect.Quote(JsonBody.StringAt(peering, "status"))}", exchange);
        }
    }

    internal static List<JsonElement> PeeringsIn(PeeringExchange exchange)
    {
        var body = JsonBody.Object(exchange);
        return body.TryGetProperty("peerings", out var peerings) && peerings.ValueKind == JsonValueKind.Array
            ? peerings.EnumerateArray().ToList()
            : throw new RequirementFailedException("a list body with a \"peerings\" array", "none", exchange);
    }

    internal static bool HasNextLink(PeeringExchange exchange) =>
        JsonBody.Object(exchange).TryGetProperty("peerings_links", out var links)
        && links.ValueKind == JsonValueKind.Array
        && links.EnumerateArray().Any(link => JsonBody.StringAt(link, "rel") == "next");
}
