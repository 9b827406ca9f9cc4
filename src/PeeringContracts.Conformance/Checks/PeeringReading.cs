using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>One peering as the accepting tenant reads it at one moment: through show, and through the whole list, paged until it shows up.</summary>
internal sealed record PeeringReading(string PeeringId, PeeringExchange Show, ListSearch Listed)
{
    /// <summary>The shown peering; null when show did not answer 200 with a <c>peering</c> object.</summary>
    public PeeringFields? Shown =>
        Show.StatusCode == 200 && JsonBody.TryParseObject(Show.Body, out var body) && body.TryGetProperty("peering", out var peering)
            ? new PeeringFields(peering)
            : null;

    /// <summary>The listed peering; null when the list did not contain it.</summary>
    public PeeringFields? InList => Listed.Item is { } item ? new PeeringFields(item) : null;

    public static async Task<PeeringReading> ReadAsync(CheckContext context, string peeringId) =>
        new(peeringId, await context.SendAsync(ApiRequest.Show(peeringId)), await ListSearch.RunAsync(context, status: null, peeringId));

    /// <summary>Reads through the settle window until show and list both have the peering with <paramref name="status"/>
    /// and <paramref name="description"/> (null: none); returns the last reading, settled or not.</summary>
    public static Task<PeeringReading> SettledAsync(CheckContext context, string peeringId, string status, string? description) =>
        Eventually.ReadAsync(
            () => ReadAsync(context, peeringId),
            reading => reading.Has(status, description),
            context.Settings.SettleWindow,
            context.CancellationToken);

    /// <summary>
    /// What differs in <paramref name="later"/>, view by view, among <paramref name="fields"/>; a view that no longer
    /// has the peering is a difference too. Each difference comes with the exchange that showed it.
    /// </summary>
    public IReadOnlyList<(string Difference, PeeringExchange Exchange)> ChangesTo(PeeringReading later, IEnumerable<string> fields)
    {
        var compared = fields.ToList();
        const string incomplete = "a reading compared from must have the peering in show and in list";
        return Differences("show", Shown ?? throw new InvalidOperationException(incomplete), later.Shown, later.Show, compared)
            .Concat(Differences("list", InList ?? throw new InvalidOperationException(incomplete), later.InList, later.Listed.Last, compared))
            .ToList();
    }

    /// <summary>Whether both views have the peering, so that later readings can be compared with this one.</summary>
    public bool IsComplete => Shown is not null && InList is not null;

    private bool Has(string status, string? description) =>
        new[] { Shown, InList }.All(view => view is not null && view.Has(PeeringFields.Status, status) && view.Has("description", description));

    private static IEnumerable<(string, PeeringExchange)> Differences(
        string view, PeeringFields before, PeeringFields? after, PeeringExchange afterExchange, IReadOnlyList<string> fields) =>
        after is null
            ? [($"{view}: the peering is missing (answer {afterExchange.StatusCode})", afterExchange)]
            : before.ChangesTo(after, fields, sameView: true).Select(change => ($"{view}: {change}", afterExchange));
}
