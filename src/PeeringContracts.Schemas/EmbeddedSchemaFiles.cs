namespace PeeringContracts.Schemas;

/// <summary>The schema files of <c>schemas/</c>, embedded in this assembly under <c>schemas/&lt;file name&gt;</c>.</summary>
internal sealed class EmbeddedSchemaFiles : ISchemaFiles
{
    private const string ResourcePrefix = "schemas/";

    public static EmbeddedSchemaFiles Instance { get; } = new();

    internal EmbeddedSchemaFiles()
    {
        FileNames = [.. typeof(EmbeddedSchemaFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> FileNames { get; }

    public bool Contains(string fileName) => FileNames.Contains(fileName, StringComparer.Ordinal);

    public string Read(string fileName)
    {
        using var stream = typeof(EmbeddedSchemaFiles).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw SchemaLoader.UnknownFile(fileName, this);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
