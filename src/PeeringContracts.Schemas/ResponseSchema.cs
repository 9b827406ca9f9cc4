using NJsonSchema;
using NJsonSchema.Validation;

namespace PeeringContracts.Schemas;

/// <summary>One loaded schema file; validates response bodies against it. Safe to use from many threads.</summary>
public sealed class ResponseSchema
{
    private readonly JsonSchema schema;
    private readonly ViolationTranslator translator;

    internal ResponseSchema(string fileName, JsonSchema schema, SchemaAdaptations adaptations)
    {
        FileName = fileName;
        this.schema = schema;
        translator = new ViolationTranslator(adaptations);
    }

    /// <summary>The schema's file name in <c>schemas/</c>, e.g. <c>reject-response.schema.json</c>.</summary>
    public string FileName { get; }

    /// <summary>
    /// Validates a response body. Empty when it conforms; a body that is not JSON at all gives one violation at
    /// <c>$</c> with the rule <c>invalid-json</c> and the parser's complaint, with line and column, as its value.
    /// </summary>
    public IReadOnlyList<SchemaViolation> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (JsonText.FindSyntaxError(json) is { } syntaxError)
        {
            return [syntaxError];
        }

        var errors = new JsonSchemaValidator().Validate(JsonText.Parse(json), schema);
        return translator.Translate(errors);
    }

    public override string ToString() => FileName;
}
