using System.Collections.Concurrent;

namespace PeeringContracts.Schemas;

/// <summary>
/// The JSON Schemas of <c>schemas/</c>, each loaded once, on first use, with its references resolved from the files
/// embedded in this assembly (never from the network).
/// </summary>
public static class PeeringSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<ResponseSchema>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The 200 body of a reject: the peering at the top level, status REJECTED.</summary>
    public static ResponseSchema RejectResponse => Get("reject-response.schema.json");

    /// <summary>The body of create, show and update: <c>{"peering": {…}}</c>.</summary>
    public static ResponseSchema PeeringEnvelope => Get("peering-envelope.schema.json");

    /// <summary>The body of list: <c>{"peerings": [...], "peerings_links": [...]}</c>.</summary>
    public static ResponseSchema PeeringList => Get("peering-list.schema.json");

    /// <summary>An error body in any documented shape.</summary>
    public static ResponseSchema ErrorBody => Get("error-body.schema.json");

    /// <summary>Any schema file of <c>schemas/</c> by its file name, e.g. <c>vpc-info.schema.json</c>.</summary>
    public static ResponseSchema Get(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!EmbeddedSchemaFiles.Instance.Contains(fileName))
        {
            throw SchemaLoader.UnknownFile(fileName, EmbeddedSchemaFiles.Instance);
        }

        var lazy = Loaded.GetOrAdd(
            fileName,
            name => new Lazy<ResponseSchema>(() => SchemaLoader.Load(name, EmbeddedSchemaFiles.Instance), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }
}
