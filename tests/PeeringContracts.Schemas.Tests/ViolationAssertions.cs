namespace PeeringContracts.Schemas.Tests;

internal static class ViolationAssertions
{
    /// <summary>Asserts that validating <paramref name="body"/> against <paramref name="schema"/> breaks <paramref name="rule"/> at <paramref name="path"/>.</summary>
    public static void ShouldRejectAt(this ResponseSchema schema, string body, string path, string rule)
    {
        var violations = schema.Validate(body);

        violations.ShouldContain(
            violation => violation.Path == path && violation.Rule.StartsWith(rule, StringComparison.Ordinal),
            $"{schema.FileName}: expected a violation at {path} starting '{rule}' for {body}; got {SchemaViolation.Describe(violations)}");
    }
}
