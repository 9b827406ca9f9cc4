using System.Globalization;

namespace PeeringContracts.Schemas;

/// <summary>A <c>minLength</c>/<c>maxLength</c> pair, counted as JSON Schema counts: in Unicode code points.</summary>
internal sealed record LengthLimit(int? Min, int? Max)
{
    // One code point: a surrogate pair taken whole (atomic, so backtracking never splits it), or any single UTF-16 unit.
    private const string CodePoint = @"(?>[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])";

    public string CodePointPattern() => string.Create(
        CultureInfo.InvariantCulture, $@"^{CodePoint}{{{Min ?? 0},{Max?.ToString(CultureInfo.InvariantCulture)}}}\z");

    public string Describe(string value)
    {
        var count = CountCodePoints(value);
        return Max is { } max && count > max
            ? $"{count} characters, at most {max} allowed"
            : $"{count} characters, at least {Min} required";
    }

    public static int CountCodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }
}
