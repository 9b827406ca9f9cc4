using System.Globalization;
using System.Text.Json;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// The documented fields of one peering object as one view showed it (reject answer, show, list item), and what differs
/// between two readings. Re-formatting is no difference: ids compare as identifiers (letter case, tenant-id hyphens),
/// timestamps as instants, a JSON null as an absent field. Undocumented extra fields are not compared.
/// </summary>
internal sealed class PeeringFields(JsonElement peering)
{
    public const string Status = "status";
    public const string UpdatedAt = "updated_at";

    /// <summary>Every field the facts document for a peering, with its dotted path.</summary>
    public static readonly IReadOnlyList<string> Documented =
    [
        "id", "name", "description", "request_vpc_info.vpc_id", "request_vpc_info.tenant_id",
        "accept_vpc_info.vpc_id", "accept_vpc_info.tenant_id", Status, "created_at", UpdatedAt,
    ];

    private static readonly string[] Identifiers =
        ["id", "request_vpc_info.vpc_id", "request_vpc_info.tenant_id", "accept_vpc_info.vpc_id", "accept_vpc_info.tenant_id"];

    /// <summary>
    /// Each of <paramref name="fields"/> whose value differs in <paramref name="after"/>, as "field: before → after".
    /// Readings of the same view must carry the same fields; readings of different views (an answer against a show)
    /// are compared only where both carry the field, since the documentation makes some fields optional in responses.
    /// </summary>
    public IReadOnlyList<string> ChangesTo(PeeringFields after, IEnumerable<string> fields, bool sameView) => fields
        .Select(field => (Field: field, Before: ValueAt(field), After: after.ValueAt(field)))
        .Where(value => (sameView || (value.Before is not null && value.After is not null)) && !Same(value.Field, value.Before, value.After))
        .Select(value => $"{value.Field}: {Expect.Quote(value.Before)} → {Expect.Quote(value.After)}")
        .ToList();

    public bool Has(string field, string? value) => Same(field, ValueAt(field), value);

    /// <summary>The field's string value, the raw JSON of any other value, or null when absent or JSON null.</summary>
    private string? ValueAt(string dottedPath)
    {
        var node = peering;
        foreach (var name in dottedPath.Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return node.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => node.GetString(),
            _ => $"(JSON {node.GetRawText()})",
        };
    }

    private static bool Same(string field, string? before, string? after)
    {
        if (before is null || after is null)
        {
            return before == after;
        }

        if (Identifiers.Contains(field))
        {
            return Expect.AreSameIdentifier(before, after);
        }

        return field is "created_at" or UpdatedAt && Instant(before) is { } beforeInstant && Instant(after) is { } afterInstant
            ? beforeInstant == afterInstant
            : string.Equals(before, after, StringComparison.Ordinal);
    }

    /// <summary>The instant a timestamp names, read as UTC unless it names a zone. Whether its form is the documented one
    /// is REJ-002's to judge; here two forms of one instant are one value.</summary>
    private static DateTime? Instant(string timestamp) =>
        DateTime.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
}
