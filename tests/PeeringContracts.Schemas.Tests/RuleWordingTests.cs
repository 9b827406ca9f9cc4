using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>Every rule a violation can name, word for word, on schemas made up for it.</summary>
public class RuleWordingTests
{
    [TestCase("string", "1", "expected a string, got an integer")]
    [TestCase("object", "[]", "expected an object, got an array")]
    [TestCase("array", "{}", "expected an array, got an object")]
    [TestCase("integer", "1.5", "expected an integer, got a number")]
    [TestCase("number", "\"1\"", "expected a number, got a string")]
    [TestCase("boolean", "null", "expected a boolean, got null")]
    [TestCase("null", "true", "expected null, got a boolean")]
    public void A_value_of_the_wrong_type_names_both_types(string type, string value, string expectedRule)
    {
        var schema = new JsonObject { ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = type } } };

        var violations = InMemorySchemaFiles.Load(schema.ToJsonString()).Validate($$"""{"a": {{value}}}""");

        violations.ShouldBe([new SchemaViolation("$.a", expectedRule, value)]);
    }

    [Test]
    public void A_value_outside_an_enumeration_names_every_allowed_value()
    {
        var violations = InMemorySchemaFiles.Load("""{"enum": ["ACTIVE", "REJECTED", 3]}""").Validate("\"PENDING\"");

        violations.ShouldBe([new SchemaViolation("$", "must be one of \"ACTIVE\", \"REJECTED\", 3", "\"PENDING\"")]);
    }

    [Test]
    public void A_rule_without_words_of_its_own_is_named_by_its_kind()
    {
        var violations = InMemorySchemaFiles.Load("""{"type": "integer", "minimum": 2}""").Validate("1");

        violations.ShouldBe([new SchemaViolation("$", "breaks the schema rule NumberTooSmall", "1")]);
    }

    [Test]
    public void An_item_of_a_top_level_array_is_named_by_its_index()
    {
        var violations = InMemorySchemaFiles.Load("""{"type": "array", "items": {"type": "string"}}""").Validate("[\"a\", 2]");

        violations.ShouldBe([new SchemaViolation("$[1]", "expected a string, got an integer", "2")]);
    }

    [Test]
    public void An_anyOf_that_no_shape_matches_says_so_and_why_each_shape_failed()
    {
        var violations = InMemorySchemaFiles.Load("""{"anyOf": [{"required": ["code"]}, {"required": ["error"]}]}""").Validate("{}");

        violations.ShouldBe(
        [
            new SchemaViolation("$", "matches none of the 2 shapes allowed by anyOf", null),
            new SchemaViolation("$.code", "required property missing, in shape 1 of anyOf", null),
            new SchemaViolation("$.error", "required property missing, in shape 2 of anyOf", null),
        ]);
    }

    [Test]
    public void A_oneOf_that_no_shape_matches_names_oneOf()
    {
        var violations = InMemorySchemaFiles.Load("""{"oneOf": [{"type": "string"}, {"type": "integer"}]}""").Validate("true");

        violations.ShouldBe(
        [
            new SchemaViolation("$", "matches none of the 2 shapes allowed by oneOf", null),
            new SchemaViolation("$", "expected a string, got a boolean, in shape 1 of oneOf", "true"),
            new SchemaViolation("$", "expected an integer, got a boolean, in shape 2 of oneOf", "true"),
        ]);
    }

    [Test]
    public void A_oneOf_that_several_shapes_match_says_how_many()
    {
        var violations = InMemorySchemaFiles.Load("""{"oneOf": [{"type": "integer"}, {"type": "number"}, {"type": "string"}]}""").Validate("1");

        violations.ShouldBe(
        [
            new SchemaViolation("$", "matches 2 of the 3 shapes of oneOf, exactly one allowed", null),
            new SchemaViolation("$", "expected a string, got an integer, in shape 3 of oneOf", "1"),
        ]);
    }
}
