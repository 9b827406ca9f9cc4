namespace PeeringContracts.Schemas.Tests;

/// <summary>Schema files a test makes up, to load through the same loader as the embedded ones.</summary>
internal sealed class InMemorySchemaFiles(Dictionary<string, string> files) : ISchemaFiles
{
    public IReadOnlyList<string> FileNames => [.. files.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string fileName) => files.ContainsKey(fileName);

    public string Read(string fileName) => files[fileName];
}
