using System.Globalization;
using System.Text;

namespace PeeringContracts.Schemas;

/// <summary>
/// One way a body breaks its schema: where (a JSONPath such as <c>$.request_vpc_info.vpc_id</c>), which rule in words
/// (<c>required property missing</c>, <c>65 characters, at most 64 allowed</c>, <c>invalid-json</c>) and the value seen
/// there as JSON text (null when there is none, e.g. a missing property).
/// </summary>
public sealed record SchemaViolation(string Path, string Rule, string? Value)
{
    private const int ShownValueCharacters = 48;

    /// <summary>All violations as one message, one per line, long values trimmed.</summary>
    public static string Describe(IReadOnlyList<SchemaViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count == 0)
        {
            return "no schema violations";
        }

        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{violations.Count} schema violation(s):");
        foreach (var violation in violations)
        {
            message.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {violation}");
        }

        return message.ToString();
    }

    public override string ToString() => Value is null ? $"{Path}: {Rule}" : $"{Path}: {Rule} (value: {Trimmed(Value)})";

    /// <summary>The value cut after a few dozen characters (whole code points), keeping a JSON string's closing quote.</summary>
    private static string Trimmed(string value)
    {
        if (LengthLimit.CountCodePoints(value) <= ShownValueCharacters)
        {
            return value;
        }

        var kept = new StringBuilder();
        var runes = value.EnumerateRunes().GetEnumerator();
        for (var i = 0; i < ShownValueCharacters - 2 && runes.MoveNext(); i++)
        {
            kept.Append(runes.Current.ToString());
        }

        return kept.Append('…').Append(value.StartsWith('"') ? "\"" : string.Empty).ToString();
    }
}
