namespace PeeringContracts.Schemas.Tests;

/// <summary>
/// The draft-07 keywords NJsonSchema reads differently, on schemas loaded fresh for each test: each adaptation is seen
/// doing its work wherever a keyword sits (root, nested property, definition, behind a reference).
/// </summary>
public class AdaptationTests
{
    private const string Astral = "😀";

    [TestCase("""{"type": "string", "maxLength": 2}""", Astral + Astral, true, TestName = "maxLength counts a character outside the BMP once")]
    [TestCase("""{"type": "string", "maxLength": 2}""", "aaa", false, TestName = "maxLength refuses one code point too many")]
    [TestCase("""{"type": "string", "minLength": 2}""", Astral, false, TestName = "minLength counts a character outside the BMP once")]
    [TestCase("""{"type": "string", "minLength": 2}""", "ab", true, TestName = "minLength accepts exactly the minimum")]
    [TestCase("""{"type": "string", "minLength": 1, "maxLength": 1}""", Astral, true, TestName = "minLength and maxLength together count code points")]
    [TestCase("""{"type": "string", "pattern": "^a$"}""", "a\n", false, TestName = "a dollar anchor ends the text, not a final newline")]
    [TestCase("""{"type": "string", "pattern": "^[$]+$"}""", "$$", true, TestName = "a dollar inside a character class is a dollar")]
    [TestCase("""{"type": "string", "pattern": "^\\$a$"}""", "$a", true, TestName = "an escaped dollar is a dollar")]
    [TestCase("""{"type": "string", "pattern": "^[\\]$]+$"}""", "]$", true, TestName = "an escaped bracket does not end the character class")]
    [TestCase("""{"const": "REJECTED"}""", "ACTIVE", false, TestName = "const refuses any other value")]
    [TestCase("""{"const": "REJECTED"}""", "REJECTED", true, TestName = "const accepts its value")]
    public void A_keyword_at_the_root_is_read_as_the_draft_defines_it(string schemaJson, string value, bool valid)
    {
        InMemorySchemaFiles.Load(schemaJson).Validate(Json(value)).Count.ShouldBe(valid ? 0 : 1);
    }

    [TestCase("""{"properties": {"a": {"type": "string", "maxLength": 1}}}""", TestName = "in a property")]
    [TestCase("""{"properties": {"a": {"$ref": "#/definitions/short"}}, "definitions": {"short": {"type": "string", "maxLength": 1}}}""", TestName = "in a definition behind a reference")]
    [TestCase("""{"properties": {"a": {"allOf": [{"type": "string"}, {"maxLength": 1}]}}}""", TestName = "in an allOf branch")]
    public void A_nested_length_limit_counts_code_points(string schemaJson)
    {
        var schema = InMemorySchemaFiles.Load(schemaJson);

        schema.Validate($$"""{"a": "{{Astral}}"}""").ShouldBeEmpty();
        schema.Validate("""{"a": "ab"}""").Select(violation => violation.ToString()).ShouldBe(["$.a: 2 characters, at most 1 allowed (value: \"ab\")"]);
    }

    [Test]
    public void A_nested_pattern_and_const_are_adapted_and_told_as_written()
    {
        var schema = InMemorySchemaFiles.Load("""{"properties": {"id": {"pattern": "^a$"}, "status": {"const": "REJECTED"}}}""");

        schema.Validate("""{"id": "a\n", "status": "ACTIVE"}""").Select(violation => violation.ToString()).ShouldBe(
        [
            "$.id: does not match the pattern ^a$ (value: \"a\\n\")",
            "$.status: must be exactly \"REJECTED\" (value: \"ACTIVE\")",
        ], ignoreOrder: true);
    }

    [Test]
    public void A_schema_that_refers_to_itself_loads_and_is_adapted_at_every_depth()
    {
        var schema = InMemorySchemaFiles.Load("""{"type": "object", "properties": {"name": {"type": "string", "maxLength": 1}, "next": {"$ref": "#"}}}""");

        schema.Validate($$$"""{"name": "{{{Astral}}}", "next": {"name": "{{{Astral}}}"}}""").ShouldBeEmpty();
        schema.Validate("""{"next": {"next": {"name": "ab"}}}""").Select(violation => violation.Path).ShouldBe(["$.next.next.name"]);
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
