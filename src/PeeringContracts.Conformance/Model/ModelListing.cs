using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Model;

/// <summary>One whole list as one tenant reads it, every page followed (<c>marker</c> while <c>peerings_links</c> has a
/// <c>next</c> link): its peerings, the last page's exchange, and when the first page was asked and the last answered.</summary>
internal sealed record ModelListing(IReadOnlyList<JsonElement> Peerings, PeeringExchange Last, TimeSpan Sent, TimeSpan Received)
{
    /// <summary>As in <see cref="ListSearch"/>: far beyond any tenant's peerings; a marker refused (its peering deleted
    /// meanwhile by another check) starts the list over, a few times.</summary>
    private const int MaxPages = 200;

    private const int MaxStarts = 3;

    public static async Task<ModelListing> ReadAsync(CheckContext context, PeeringApiClient tenant, string? status, Func<TimeSpan> now)
    {
        for (var start = 1; start <= MaxStarts; start++)
        {
            var sent = now();
            var peerings = new List<JsonElement>();
            var query = new PeeringListQuery(Status: status);
            for (var page = 1; page <= MaxPages; page++)
            {
                var exchange = await context.SendAsync(ApiRequest.List(query), tenant);
                if (page > 1 && exchange.StatusCode is >= 400 and < 500)
                {
                    break;
                }

                Expect.Status(exchange, 200);
                var items = ListSearch.PeeringsIn(exchange);
                peerings.AddRange(items);
                if (items.Count == 0 || !ListSearch.HasNextLink(exchange))
                {
                    return new ModelListing(peerings, exchange, sent, now());
                }

                query = query with { Marker = JsonBody.StringAt(items[^1], "id") };
            }
        }

        throw new PrerequisiteMissingException($"the list could not be read to its end (more than {MaxPages} pages, or a page refused {MaxStarts} times).");
    }

    public JsonElement? Find(string peeringId) =>
        Peerings.Cast<JsonElement?>().FirstOrDefault(peering => JsonBody.StringAt(peering!.Value, "id") is { } id && Expect.AreSameIdentifier(peeringId, id));
}
