using PeeringContracts.TestSupport;

namespace PeeringContracts.Schemas.Tests;

/// <summary>One row of the traceability table of schemas/README.md, in the columns a test can compare.</summary>
internal sealed record TraceabilityRow(string File, string Object, string Property, string Required, string Type, string Keywords)
{
    public const string ObjectRow = "(object)";
    public const string None = "—";
    public const string Readme = "schemas/README.md";

    public string Key => $"{File} {Object} {Property}";

    /// <summary>The table under <c>## Traceability</c> whose header starts <c>| file | object | property | required | type | keywords |</c>.</summary>
    public static MarkdownTable Table() => MarkdownTable.Read(Readme, "Traceability", "file", "object", "property", "required", "type", "keywords");

    /// <summary>The rows of <see cref="Table"/>, code quotes removed from the cells.</summary>
    public static List<TraceabilityRow> ReadAll() =>
        [.. Table().Rows
            .Select(row => row.Cells.Select(cell => cell.Trim('`')).ToArray())
            .Select(cells => new TraceabilityRow(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]))];
}
