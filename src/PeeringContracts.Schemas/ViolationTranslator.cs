using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeeringContracts.Schemas;

/// <summary>Turns NJsonSchema's validation errors into <see cref="SchemaViolation"/>s in the schema file's terms.</summary>
internal sealed class ViolationTranslator(SchemaAdaptations adaptations)
{
    public IReadOnlyList<SchemaViolation> Translate(IEnumerable<ValidationError> errors)
    {
        var violations = new List<SchemaViolation>();
        foreach (var error in errors)
        {
            Add(error, violations);
        }

        return [.. violations.Distinct()];
    }

    private void Add(ValidationError error, List<SchemaViolation> violations)
    {
        switch (error)
        {
            case ChildSchemaValidationError { Kind: ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf } choice:
                AddChoice(choice, violations);
                break;
            case ChildSchemaValidationError nested:
                foreach (var child in nested.Errors.Values.SelectMany(childErrors => childErrors))
                {
                    Add(child, violations);
                }

                break;
            default:
                violations.Add(new SchemaViolation(JsonPath.FromNJsonSchema(error.Path), Rule(error), ValueOf(error)));
                break;
        }
    }

    /// <summary>An anyOf/oneOf that failed: one line for the choice, then why each shape failed, shape by shape.</summary>
    private void AddChoice(ChildSchemaValidationError choice, List<SchemaViolation> violations)
    {
        var keyword = choice.Kind == ValidationErrorKind.NotAnyOf ? "anyOf" : "oneOf";
        var shapes = choice.Errors.Values.ToList();
        var matching = shapes.Count(shapeErrors => shapeErrors.Count == 0);
        var rule = matching == 0
            ? $"matches none of the {shapes.Count} shapes allowed by {keyword}"
            : $"matches {matching} of the {shapes.Count} shapes of {keyword}, exactly one allowed";
        violations.Add(new SchemaViolation(JsonPath.FromNJsonSchema(choice.Path), rule, null));
        for (var shape = 0; shape < shapes.Count; shape++)
        {
            var shapeViolations = new List<SchemaViolation>();
            foreach (var error in shapes[shape])
            {
                Add(error, shapeViolations);
            }

            violations.AddRange(shapeViolations.Select(violation => violation with { Rule = $"{violation.Rule}, in shape {shape + 1} of {keyword}" }));
        }
    }

    private string Rule(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => "required property missing",
        ValidationErrorKind.PatternMismatch => PatternRule(error),
        ValidationErrorKind.NotInEnumeration => EnumerationRule(error.Schema),
        ValidationErrorKind.StringExpected => TypeRule("a string", error.Token),
        ValidationErrorKind.ObjectExpected => TypeRule("an object", error.Token),
        ValidationErrorKind.ArrayExpected => TypeRule("an array", error.Token),
        ValidationErrorKind.IntegerExpected => TypeRule("an integer", error.Token),
        ValidationErrorKind.NumberExpected => TypeRule("a number", error.Token),
        ValidationErrorKind.BooleanExpected => TypeRule("a boolean", error.Token),
        ValidationErrorKind.NullExpected => TypeRule("null", error.Token),
        _ => $"breaks the schema rule {error.Kind}",
    };

    /// <summary>
    /// A length limit in code points, or the pattern as the schema file writes it; a pattern the adaptation did not
    /// reach is told as NJsonSchema holds it, so a new schema keyword can never turn a violation into a crash.
    /// </summary>
    private string PatternRule(ValidationError error)
        => adaptations.LengthChecks.TryGetValue(error.Schema, out var limit)
            ? limit.Describe(error.Token?.Value<string>() ?? string.Empty)
            : $"does not match the pattern {adaptations.OriginalPatterns.GetValueOrDefault(error.Schema) ?? error.Schema.Pattern}";

    private static string EnumerationRule(JsonSchema schema)
    {
        var allowed = schema.Enumeration.Select(value => JsonConvert.SerializeObject(value)).ToList();
        return allowed.Count == 1 ? $"must be exactly {allowed[0]}" : $"must be one of {string.Join(", ", allowed)}";
    }

    private static string TypeRule(string expected, JToken? token) => $"expected {expected}, got {TypeName(token)}";

    private static string TypeName(JToken? token) => token?.Type switch
    {
        JTokenType.String => "a string",
        JTokenType.Integer => "an integer",
        JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        _ => "null",
    };

    private static string? ValueOf(ValidationError error)
        => error.Kind == ValidationErrorKind.PropertyRequired || error.Token is null
            ? null
            : error.Token.ToString(Formatting.None);
}
