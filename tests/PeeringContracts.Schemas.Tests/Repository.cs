using PeeringContracts.TestSupport;

namespace PeeringContracts.Schemas.Tests;

/// <summary>The checkout this test assembly was built from, and the test resources embedded in it.</summary>
internal static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string SchemasFolder => Path.Combine(Root, "schemas");

    public static string[] SchemaFileNames() => [.. Directory.GetFiles(SchemasFolder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>An embedded test resource, as UTF-8 text, exactly as stored.</summary>
    public static string Resource(string name)
    {
        using var stream = typeof(Repository).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Test resource '{name}' is not embedded; see Resources/ of the test project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
