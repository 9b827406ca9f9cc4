namespace PeeringContracts.Schemas.Tests;

public class ViolationMessageTests
{
    [Test]
    public void A_violation_reads_path_rule_and_a_trimmed_value()
    {
        var violations = PeeringSchemas.RejectResponse.Validate(Body.ValidRejectResponse().With("name", new string('a', 65)).ToJsonString());

        violations.Select(violation => violation.ToString()).ShouldBe(
            [$"$.name: 65 characters, at most 64 allowed (value: \"{new string('a', 45)}…\")"]);
    }

    [Test]
    public void A_missing_property_has_no_value()
    {
        var violations = PeeringSchemas.RejectResponse.Validate(Body.ValidRejectResponse().Without("request_vpc_info.vpc_id").ToJsonString());

        violations.ShouldBe([new SchemaViolation("$.request_vpc_info.vpc_id", "required property missing", null)]);
        violations[0].ToString().ShouldBe("$.request_vpc_info.vpc_id: required property missing");
    }

    [Test]
    public void Describe_lists_every_violation_on_its_own_line()
    {
        var body = Body.ValidRejectResponse().With("id", "x").Without("name").ToJsonString();

        var message = SchemaViolation.Describe(PeeringSchemas.RejectResponse.Validate(body));

        message.Split(Environment.NewLine).ShouldBe(
        [
            "2 schema violation(s):",
            "  $.id: does not match the pattern ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ (value: \"x\")",
            "  $.name: required property missing",
        ], ignoreOrder: true);
    }

    [Test]
    public void A_trimmed_value_never_splits_a_character_outside_the_BMP()
    {
        var violation = new SchemaViolation("$.name", "65 characters, at most 64 allowed", $"\"{string.Concat(Enumerable.Repeat("😀", 65))}\"");

        violation.ToString().ShouldBe($"$.name: 65 characters, at most 64 allowed (value: \"{string.Concat(Enumerable.Repeat("😀", 45))}…\")");
    }

    [TestCase("", "line 1, column 1: ")]
    [TestCase("{'name': 'x'}", "line 1, column 2: ")]
    [TestCase("{\"name\": \"x\",}", "line 1, column 14: ")]
    [TestCase("<html>502 Bad Gateway</html>", "line 1, column 1: ")]
    [TestCase("{\"name\": \"对等连接\" \"id\": 1}", "line 1, column 17: ")]
    public void A_body_that_is_not_JSON_is_one_invalid_json_violation_with_line_and_column(string body, string expectedStart)
    {
        var violations = PeeringSchemas.RejectResponse.Validate(body);

        violations.Count.ShouldBe(1, SchemaViolation.Describe(violations));
        violations[0].Path.ShouldBe("$");
        violations[0].Rule.ShouldBe("invalid-json");
        violations[0].Value.ShouldStartWith(expectedStart);
        violations[0].Value!.ShouldNotContain("LineNumber", Case.Insensitive, "the line and column are told once, in words, not again in the parser's own terms");
    }

    [Test]
    public void A_long_value_that_is_not_a_string_is_trimmed_without_a_closing_quote()
    {
        var value = $"[{string.Join(",", Enumerable.Repeat(1, 30))}]";

        new SchemaViolation("$.a", "r", value).ToString().ShouldBe($"$.a: r (value: [{string.Join(",", Enumerable.Repeat(1, 23))}…)");
    }

    [Test]
    public void A_value_of_exactly_the_shown_length_is_shown_whole()
    {
        var value = $"\"{new string('a', 46)}\"";

        new SchemaViolation("$.a", "r", value).ToString().ShouldBe($"$.a: r (value: {value})");
    }

    [Test]
    public void No_violations_are_described_as_none()
    {
        SchemaViolation.Describe([]).ShouldBe("no schema violations");
    }

    [Test]
    public void Null_arguments_are_refused_by_name()
    {
        Should.Throw<ArgumentNullException>(() => SchemaViolation.Describe(null!)).ParamName.ShouldBe("violations");
        Should.Throw<ArgumentNullException>(() => PeeringSchemas.RejectResponse.Validate(null!)).ParamName.ShouldBe("json");
        Should.Throw<ArgumentNullException>(() => PeeringSchemas.Get(null!)).ParamName.ShouldBe("fileName");
    }
}
