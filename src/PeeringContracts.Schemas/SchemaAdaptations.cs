using NJsonSchema;

namespace PeeringContracts.Schemas;

/// <summary>What <see cref="NJsonSchemaAdaptation"/> changed, so violations can be told in the schema file's terms.</summary>
internal sealed class SchemaAdaptations
{
    /// <summary>The pattern as written in the schema file, by the schema object whose pattern was translated.</summary>
    public Dictionary<JsonSchema, string> OriginalPatterns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The <c>minLength</c>/<c>maxLength</c> of the file, by the pattern-only schema object that now checks them.</summary>
    public Dictionary<JsonSchema, LengthLimit> LengthChecks { get; } = new(ReferenceEqualityComparer.Instance);
}
