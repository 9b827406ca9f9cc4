using NJsonSchema;

namespace PeeringContracts.Schemas.Tests;

/// <summary>
/// What NJsonSchema 11.6.2 does on its own with the draft-07 keywords the loader adapts. When one of these fails after
/// an upgrade, NJsonSchema got it right by itself and the matching adaptation in NJsonSchemaAdaptation can go.
/// </summary>
public class NJsonSchemaBehaviourTests
{
    [Test]
    public async Task Unadapted_NJsonSchema_counts_maxLength_in_UTF16_units_not_code_points()
    {
        var schema = await JsonSchema.FromJsonAsync("""{"type": "string", "maxLength": 64}""");

        var errors = schema.Validate($"\"{BoundaryCases.SixtyFourEmoji}\"");

        errors.Select(error => error.Kind.ToString()).ShouldBe(["StringTooLong"], "64 emoji are 64 code points but 128 UTF-16 units; NJsonSchema counting units is why the loader counts code points itself");
    }

    [Test]
    public async Task Unadapted_NJsonSchema_ignores_const()
    {
        var schema = await JsonSchema.FromJsonAsync("""{"type": "string", "const": "REJECTED"}""");

        schema.Validate("\"ACTIVE\"").ShouldBeEmpty();
    }

    [Test]
    public async Task Unadapted_NJsonSchema_lets_a_pattern_end_before_a_final_newline()
    {
        var schema = await JsonSchema.FromJsonAsync("""{"type": "string", "pattern": "^[0-9a-f]{4}$"}""");

        schema.Validate("\"beef\\n\"").ShouldBeEmpty();
    }
}
