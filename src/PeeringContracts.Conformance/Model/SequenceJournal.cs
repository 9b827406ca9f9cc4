using System.Globalization;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;

namespace PeeringContracts.Conformance.Model;

/// <summary>The numbered requests of one sequence and their answers, as a failure reports them.</summary>
internal sealed class SequenceJournal
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    /// <summary>The number the next entry gets.</summary>
    public int Next => lines.Count + 1;

    public void Sent(string what, PeeringExchange exchange) =>
        Add($"{what}: {exchange.Method} {exchange.Url.PathAndQuery} → {exchange.StatusCode}{Brief(exchange)}");

    public void Skipped(string what, string why) => Add($"{what}: not sent ({why})");

    public void Note(string text) => Add(text);

    private void Add(string line) => lines.Add(string.Create(CultureInfo.InvariantCulture, $"{Next}. {line}"));

    private static string Brief(PeeringExchange exchange)
    {
        if (!JsonBody.TryParseObject(exchange.Body, out var body))
        {
            return exchange.Body.Length == 0 ? "" : " (body not a JSON object)";
        }

        var status = JsonBody.StringAt(body, "status") ?? JsonBody.StringAt(body, "peering.status");
        if (status is not null)
        {
            return $", status {Expect.Quote(status)}";
        }

        return body.TryGetProperty("peerings", out var peerings) && peerings.ValueKind == System.Text.Json.JsonValueKind.Array
            ? string.Create(CultureInfo.InvariantCulture, $", {peerings.GetArrayLength()} peering(s) on the page")
            : "";
    }
}
