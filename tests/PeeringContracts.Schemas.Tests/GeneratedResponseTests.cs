using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

public class GeneratedResponseTests
{
    private const int Count = 1_000;
    private const int Seed = 20_240_611;

    private static readonly List<JsonObject> Responses = Generate();

    [Test]
    public void A_thousand_generated_valid_reject_responses_all_validate()
    {
        var failures = Responses
            .Select(response => (Body: response.ToJsonString(), Violations: PeeringSchemas.RejectResponse.Validate(response.ToJsonString())))
            .Where(result => result.Violations.Count > 0)
            .Select(result => $"{result.Body}{Environment.NewLine}{SchemaViolation.Describe(result.Violations)}")
            .ToList();

        failures.ShouldBeEmpty($"{failures.Count} of {Count} generated responses (seed {Seed}) were rejected; first: {failures.FirstOrDefault()}");
    }

    [Test]
    public void The_generated_responses_cover_what_the_documentation_allows()
    {
        var names = Responses.Select(response => (string)response["name"]!).ToList();
        var tenantIds = Responses
            .SelectMany(response => new[] { response["request_vpc_info"]!["tenant_id"], response["accept_vpc_info"]!["tenant_id"] })
            .OfType<JsonNode>()
            .Select(node => (string)node!)
            .ToList();

        Responses.ShouldSatisfyAllConditions(
            () => names.Count(name => name.Any(c => c is >= '\u4E00' and <= '\u9FFF')).ShouldBeGreaterThan(100, "names with CJK characters"),
            () => names.Count(name => name.EnumerateRunes().Count() == 64).ShouldBeGreaterThan(100, "names of exactly 64 characters"),
            () => names.Count(name => name.Any(char.IsSurrogate) && name.EnumerateRunes().Count() == 64).ShouldBeGreaterThan(0, "names of 64 characters, some outside the BMP"),
            () => tenantIds.Count(id => id.Length == 32).ShouldBeGreaterThan(100, "32-hex tenant ids"),
            () => tenantIds.Count(id => id.Length == 36).ShouldBeGreaterThan(100, "hyphenated tenant ids"),
            () => Responses.Count(response => response["request_vpc_info"]!["tenant_id"] is null).ShouldBeGreaterThan(100, "VPC infos without tenant_id"),
            () => Responses.Count(response => response.ContainsKey("description")).ShouldBeInRange(100, Count - 100, "responses with a description"),
            () => Responses.Count(response => response.ContainsKey("created_at")).ShouldBeInRange(100, Count - 100, "responses with created_at"),
            () => Responses.Count(response => response.Any(field => field.Key.StartsWith("x_", StringComparison.Ordinal))).ShouldBeGreaterThan(100, "responses with extra fields"));
    }

    [Test]
    public void Ajv_accepts_the_same_generated_responses()
    {
        var verdicts = Ajv.Verdicts("reject-response.schema.json", Responses);

        var rejected = verdicts.Select((valid, index) => (valid, index)).Where(verdict => !verdict.valid).ToList();
        rejected.ShouldBeEmpty($"ajv rejected {rejected.Count} generated responses; first: {rejected.Select(verdict => Responses[verdict.index].ToJsonString()).FirstOrDefault()}");
    }

    private static List<JsonObject> Generate()
    {
        var faker = new RejectResponseFaker(Seed);
        return [.. Enumerable.Range(0, Count).Select(_ => faker.Next())];
    }
}
