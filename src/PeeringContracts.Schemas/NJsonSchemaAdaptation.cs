using NJsonSchema;

namespace PeeringContracts.Schemas;

/// <summary>
/// Makes NJsonSchema 11.6.2 read the draft-07 keywords it gets wrong the way the draft (and ajv) defines them, in the
/// loaded schema objects only; the files stay standard:
/// <list type="bullet">
/// <item><c>const</c> is ignored by NJsonSchema: it becomes an <c>allOf</c> child with a one-value <c>enum</c>.</item>
/// <item><c>minLength</c>/<c>maxLength</c> count UTF-16 units in NJsonSchema, code points in the draft: they become an
/// <c>allOf</c> child whose pattern counts code points.</item>
/// <item><c>pattern</c> is ECMA-262, where <c>$</c> is the end of the text; in .NET it also matches before a final
/// newline: outside character classes it becomes <c>\z</c>.</item>
/// </list>
/// </summary>
internal static class NJsonSchemaAdaptation
{
    private const string ConstKeyword = "const";

    public static SchemaAdaptations Apply(JsonSchema root)
    {
        var adaptations = new SchemaAdaptations();
        foreach (var schema in AllSchemasReachableFrom(root))
        {
            AdaptPattern(schema, adaptations);
            AdaptLength(schema, adaptations);
            AdaptConst(schema);
        }

        return adaptations;
    }

    private static void AdaptPattern(JsonSchema schema, SchemaAdaptations adaptations)
    {
        if (schema.Pattern is { } pattern)
        {
            adaptations.OriginalPatterns[schema] = pattern;
            schema.Pattern = EcmaPattern.ToDotNet(pattern);
        }
    }

    private static void AdaptLength(JsonSchema schema, SchemaAdaptations adaptations)
    {
        if (schema.MinLength is null && schema.MaxLength is null)
        {
            return;
        }

        var limit = new LengthLimit(schema.MinLength, schema.MaxLength);
        var check = new JsonSchema { Pattern = limit.CodePointPattern() };
        schema.MinLength = null;
        schema.MaxLength = null;
        schema.AllOf.Add(check);
        adaptations.LengthChecks[check] = limit;
    }

    private static void AdaptConst(JsonSchema schema)
    {
        if (schema.ExtensionData?.TryGetValue(ConstKeyword, out var value) == true)
        {
            var check = new JsonSchema();
            check.Enumeration.Add(value);
            schema.AllOf.Add(check);
        }
    }

    /// <summary>Every schema object of the document and of the documents it references, each once.</summary>
    private static List<JsonSchema> AllSchemasReachableFrom(JsonSchema root)
    {
        var seen = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>([root]);
        while (pending.TryPop(out var schema))
        {
            if (!seen.Add(schema))
            {
                continue;
            }

            foreach (var child in ChildrenOf(schema))
            {
                pending.Push(child);
            }
        }

        return [.. seen];
    }

    private static IEnumerable<JsonSchema> ChildrenOf(JsonSchema schema)
    {
        IEnumerable<JsonSchema?> children =
        [
            schema.Reference, schema.Item, schema.Not, schema.AdditionalItemsSchema, schema.AdditionalPropertiesSchema,
            .. schema.Properties.Values, .. schema.PatternProperties.Values, .. schema.Definitions.Values,
            .. schema.Items, .. schema.AllOf, .. schema.AnyOf, .. schema.OneOf,
        ];
        return children.OfType<JsonSchema>();
    }
}
