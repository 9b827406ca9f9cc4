namespace PeeringContracts.Schemas.Tests;

/// <summary>One row of the traceability table of schemas/README.md, in the columns a test can compare.</summary>
internal sealed record TraceabilityRow(string File, string Object, string Property, string Required, string Type, string Keywords)
{
    public const string ObjectRow = "(object)";
    public const string None = "—";

    public string Key => $"{File} {Object} {Property}";

    /// <summary>The rows of the table whose header starts <c>| file | object | property |</c>.</summary>
    public static List<TraceabilityRow> ReadFrom(string markdown)
    {
        var lines = markdown.Split('\n').Select(line => line.Trim()).ToList();
        var header = lines.FindIndex(line => line.StartsWith("| file | object | property | required | type | keywords |", StringComparison.Ordinal));
        header.ShouldBeGreaterThanOrEqualTo(0, "schemas/README.md has no traceability table (header '| file | object | property | required | type | keywords | …')");

        return [.. lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .Select(cells => new TraceabilityRow(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]))];
    }
}
