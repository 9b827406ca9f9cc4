namespace PeeringContracts.Schemas.Tests;

public class SeedExampleTests
{
    [Test]
    public void The_seed_example_is_not_JSON_because_two_keys_close_with_a_typographic_quote()
    {
        var lines = SeedExample.Verbatim.Split('\n');
        var quotes = lines
            .Select((line, index) => (Line: index + 1, Column: line.IndexOf(SeedExample.TypographicQuote, StringComparison.Ordinal) + 1, Text: line))
            .Where(found => found.Column > 0)
            .ToList();

        quotes.Select(found => $"line {found.Line}, column {found.Column}: {found.Text.Trim()}").ShouldBe(
        [
            "line 6, column 22: \"tenant_id\u201D: \"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"",
            "line 10, column 22: \"tenant_id\u201D: \"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"",
        ]);

        var violations = PeeringSchemas.RejectResponse.Validate(SeedExample.Verbatim);

        // U+201D does not end a JSON string, so the key runs on to the next plain quote and the parser stumbles on the
        // first character after it: the f of the value, column 26 of the same line.
        violations.Count.ShouldBe(1, SchemaViolation.Describe(violations));
        violations[0].Path.ShouldBe("$");
        violations[0].Rule.ShouldBe("invalid-json");
        violations[0].Value.ShouldStartWith("line 6, column 26: 'f' is invalid after a property name.");
    }

    [Test]
    public void The_corrected_seed_example_is_a_valid_reject_response()
    {
        var violations = PeeringSchemas.RejectResponse.Validate(SeedExample.Corrected);

        violations.ShouldBeEmpty(SchemaViolation.Describe(violations));
    }

    [Test]
    public void The_corrected_seed_example_differs_from_the_verbatim_one_only_in_those_two_quotes()
    {
        var differences = SeedExample.Verbatim.Zip(SeedExample.Corrected)
            .Count(pair => pair.First != pair.Second);

        SeedExample.Corrected.Length.ShouldBe(SeedExample.Verbatim.Length);
        differences.ShouldBe(2);
    }
}
