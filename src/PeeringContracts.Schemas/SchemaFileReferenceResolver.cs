using NJsonSchema;
using NJsonSchema.References;

namespace PeeringContracts.Schemas;

/// <summary>
/// Resolves a <c>$ref</c> by relative file name (<c>"peering.schema.json"</c>) to the schema file of that name; never
/// goes to the network, whatever the <c>$id</c>s say.
/// </summary>
internal sealed class SchemaFileReferenceResolver(JsonSchema root, string referencingFile, ISchemaFiles files)
    : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
{
    public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
        => await SchemaLoader.ParseAsync(Path.GetFileName(filePath), files).ConfigureAwait(false);

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException(
            $"Schema file '{referencingFile}' references the URL '{url}'; only relative file names of schemas/ are resolved, never the network.");
}
