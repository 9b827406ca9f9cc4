namespace PeeringContracts.Schemas.Tests;

/// <summary>Schema files a test makes up, to load through the same loader as the embedded ones.</summary>
internal sealed class InMemorySchemaFiles(Dictionary<string, string> files) : ISchemaFiles
{
    /// <summary>
    /// One made-up schema, loaded now (never from the loaded-once cache of <see cref="PeeringSchemas"/>), so a test sees
    /// exactly what the loader and its adaptations do with it.
    /// </summary>
    public static ResponseSchema Load(string schemaJson)
        => SchemaLoader.Load("test.schema.json", new InMemorySchemaFiles(new() { ["test.schema.json"] = schemaJson }));

    public IReadOnlyList<string> FileNames => [.. files.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string fileName) => files.ContainsKey(fileName);

    public string Read(string fileName) => files[fileName];
}
