using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>What the schema files say, in the terms of the traceability table: one row per object and per property.</summary>
internal static class SchemaFacts
{
    /// <summary>Members that are not validation rules of their own, or that rows of nested properties cover.</summary>
    private static readonly HashSet<string> NotKeywords = ["$schema", "$id", "title", "description", "type", "properties", "required", "definitions"];

    public static List<TraceabilityRow> Rows()
    {
        var rows = new List<TraceabilityRow>();
        foreach (var file in Repository.SchemaFileNames())
        {
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.SchemasFolder, file)))!.AsObject();
            AddObject(file, "#", schema, rows);
        }

        return rows;
    }

    /// <summary>Every property of every schema file, with its description, by "file pointer property".</summary>
    public static IEnumerable<(string Where, string? Description)> PropertyDescriptions()
        => from file in Repository.SchemaFileNames()
           let schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.SchemasFolder, file)))!.AsObject()
           from property in PropertiesBelow(schema, "#")
           select ($"{file} {property.Pointer} {property.Name}", (string?)property.Schema["description"]);

    private static void AddObject(string file, string pointer, JsonObject schema, List<TraceabilityRow> rows)
    {
        if (pointer == "#" || schema.ContainsKey("properties"))
        {
            rows.Add(new TraceabilityRow(file, pointer, TraceabilityRow.ObjectRow, TraceabilityRow.None, TypeOf(schema), KeywordsOf(schema)));
        }

        var required = schema["required"]?.AsArray().Select(name => (string)name!).ToHashSet() ?? [];
        foreach (var (name, property) in Members(schema, "properties"))
        {
            rows.Add(new TraceabilityRow(file, pointer, name, required.Contains(name) ? "yes" : "no", TypeOf(property), KeywordsOf(property)));
        }

        foreach (var (name, property) in Members(schema, "properties"))
        {
            AddObject(file, $"{pointer}/properties/{name}", property, rows);
        }

        foreach (var (name, definition) in Members(schema, "definitions"))
        {
            AddObject(file, $"{pointer}/definitions/{name}", definition, rows);
        }
    }

    private static IEnumerable<(string Pointer, string Name, JsonObject Schema)> PropertiesBelow(JsonObject schema, string pointer)
    {
        foreach (var (name, property) in Members(schema, "properties"))
        {
            yield return (pointer, name, property);
            foreach (var nested in PropertiesBelow(property, $"{pointer}/properties/{name}"))
            {
                yield return nested;
            }
        }

        foreach (var (name, definition) in Members(schema, "definitions"))
        {
            foreach (var nested in PropertiesBelow(definition, $"{pointer}/definitions/{name}"))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<(string Name, JsonObject Schema)> Members(JsonObject schema, string keyword)
        => schema[keyword]?.AsObject().Select(member => (member.Key, member.Value!.AsObject())) ?? [];

    private static string TypeOf(JsonObject schema) => (string?)schema["type"] ?? TraceabilityRow.None;

    private static string KeywordsOf(JsonObject schema)
    {
        var keywords = schema.Select(member => member.Key).Where(key => !NotKeywords.Contains(key)).Order(StringComparer.Ordinal).ToList();
        return keywords.Count == 0 ? TraceabilityRow.None : string.Join(", ", keywords);
    }
}
