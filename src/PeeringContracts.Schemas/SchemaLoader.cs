using NJsonSchema;

namespace PeeringContracts.Schemas;

/// <summary>Reads one schema file, resolves its references among the other schema files and adapts it for NJsonSchema.</summary>
internal static class SchemaLoader
{
    public static ResponseSchema Load(string fileName, ISchemaFiles files)
    {
        var schema = ParseAsync(fileName, files).GetAwaiter().GetResult();
        return new ResponseSchema(fileName, schema, NJsonSchemaAdaptation.Apply(schema));
    }

    /// <summary>Parses <paramref name="fileName"/>; a failure, its own or one of a file it references, names the file.</summary>
    public static async Task<JsonSchema> ParseAsync(string fileName, ISchemaFiles files)
    {
        if (!files.Contains(fileName))
        {
            throw UnknownFile(fileName, files);
        }

        try
        {
            return await JsonSchema.FromJsonAsync(
                files.Read(fileName),
                fileName,
                root => new SchemaFileReferenceResolver(root, fileName, files),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Schema file '{fileName}' could not be loaded: {MessagesOf(error)}", error);
        }
    }

    /// <summary>The message of an error and of the errors inside it (NJsonSchema wraps ours), each said once.</summary>
    private static string MessagesOf(Exception error)
        => error.InnerException is { } inner && !error.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{error.Message} {MessagesOf(inner)}"
            : error.Message;

    public static ArgumentException UnknownFile(string fileName, ISchemaFiles files) => new(
        $"There is no schema file '{fileName}' in schemas/; the files are: {string.Join(", ", files.FileNames)}.",
        nameof(fileName));
}
