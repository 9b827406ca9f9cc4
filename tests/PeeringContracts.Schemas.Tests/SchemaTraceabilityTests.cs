namespace PeeringContracts.Schemas.Tests;

public class SchemaTraceabilityTests
{
    private static readonly string[] SourceKeys = ["[SEED]", "[SDK-GO]", "[SDK-NODE]", "[OTC]", "[TF]", "[NEU]"];

    [Test]
    public void The_README_table_and_the_schema_files_list_the_same_fields_with_the_same_rules()
    {
        var table = TraceabilityRow.ReadAll()
            .Select(row => row with { Keywords = SortedKeywords(row.Keywords) })
            .ToList();
        var schemas = SchemaFacts.Rows();

        var tableKeys = table.Select(row => row.Key).ToHashSet();
        var schemaKeys = schemas.Select(row => row.Key).ToHashSet();
        string[] disagreements =
        [
            .. table.GroupBy(row => row.Key).Where(group => group.Count() > 1).Select(group => $"listed twice in the table: {group.Key}"),
            .. schemas.Where(row => !tableKeys.Contains(row.Key)).Select(row => $"in the schema files, not in the table: {row}"),
            .. table.Where(row => !schemaKeys.Contains(row.Key)).Select(row => $"in the table, not in the schema files: {row}"),
            .. table.Where(row => schemaKeys.Contains(row.Key)).Except(schemas)
                .Select(row => $"required, type or keywords differ: table {row}, schema files {schemas.Single(schema => schema.Key == row.Key)}"),
        ];

        disagreements.ShouldBeEmpty("schemas/README.md and the schema files disagree");
    }

    [Test]
    public void Every_property_quotes_its_meaning_and_names_its_source()
    {
        var undocumented = SchemaFacts.PropertyDescriptions()
            .Where(property => property.Description is null || !SourceKeys.Any(property.Description.Contains))
            .Select(property => property.Where)
            .ToList();

        undocumented.ShouldBeEmpty($"properties whose description is missing or names none of {string.Join(" ", SourceKeys)}");
    }

    [Test]
    public void The_table_reader_sees_every_row_of_the_README()
    {
        var markdown = File.ReadAllText(Path.Combine(Repository.SchemasFolder, "README.md"));
        var rowsInFile = markdown.Split('\n').Count(line => line.Contains(".schema.json | #", StringComparison.Ordinal));

        TraceabilityRow.ReadAll().Count.ShouldBe(rowsInFile);
    }

    private static string SortedKeywords(string keywords)
        => keywords == TraceabilityRow.None ? keywords : string.Join(", ", keywords.Split(',').Select(keyword => keyword.Trim()).Order(StringComparer.Ordinal));
}
