using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>One mutation per documented rule of the reject response; each must be caught, at the field it breaks.</summary>
public class RejectResponseMutationTests
{
    private static readonly JsonObject Valid = Body.ValidRejectResponse();
    private static readonly string SixtyFiveEmoji = string.Concat(Enumerable.Repeat("😀", 65));

    private static IEnumerable<TestCaseData> Mutations()
    {
        foreach (var field in new[] { "id", "name", "request_vpc_info", "accept_vpc_info", "status", "request_vpc_info.vpc_id", "accept_vpc_info.vpc_id" })
        {
            yield return Case($"{field} missing", Valid.Without(field), $"$.{field}", "required property missing");
        }

        yield return Case("id a number", Valid.With("id", 42), "$.id", "expected a string, got an integer");
        yield return Case("name a boolean", Valid.With("name", true), "$.name", "expected a string, got a boolean");
        yield return Case("status a number", Valid.With("status", 3), "$.status", "expected a string, got an integer");
        yield return Case("request_vpc_info a string", Valid.With("request_vpc_info", "vpc-1"), "$.request_vpc_info", "expected an object, got a string");
        yield return Case("accept_vpc_info an array", Valid.With("accept_vpc_info", new JsonArray()), "$.accept_vpc_info", "expected an object, got an array");
        yield return Case("vpc_id a number", Valid.With("request_vpc_info.vpc_id", 7), "$.request_vpc_info.vpc_id", "expected a string, got an integer");
        yield return Case("tenant_id a number", Valid.With("accept_vpc_info.tenant_id", 7), "$.accept_vpc_info.tenant_id", "expected a string, got an integer");
        yield return Case("description a number", Valid.With("description", 1), "$.description", "expected a string, got an integer");
        yield return Case("created_at a number", Valid.With("created_at", 1_700_000_000), "$.created_at", "expected a string, got an integer");
        yield return Case("body an array", new JsonArray(Valid.DeepClone()), "$", "expected an object, got an array");

        foreach (var field in new[] { "id", "name", "status", "request_vpc_info.vpc_id" })
        {
            yield return Case($"{field} null", Valid.With(field, null), $"$.{field}", "expected a string, got null");
        }

        yield return Case("name of 0 characters", Valid.With("name", ""), "$.name", "0 characters, at least 1 required");
        yield return Case("name of 65 Latin characters", Valid.With("name", new string('a', 65)), "$.name", "65 characters, at most 64 allowed");
        yield return Case("name of 65 CJK characters", Valid.With("name", new string('对', 65)), "$.name", "65 characters, at most 64 allowed");
        yield return Case("name of 65 emoji", Valid.With("name", SixtyFiveEmoji), "$.name", "65 characters, at most 64 allowed");
        yield return Case("description of 256 characters", Valid.With("description", new string('d', 256)), "$.description", "256 characters, at most 255 allowed");

        yield return Case("status lower-case", Valid.With("status", "rejected"), "$.status", "must be exactly \"REJECTED\"");
        yield return Case("status unknown", Valid.With("status", "DENIED"), "$.status", "must be exactly \"REJECTED\"");
        yield return Case("status another documented one", Valid.With("status", "ACTIVE"), "$.status", "must be exactly \"REJECTED\"");
        yield return Case("body wrapped in peering", new JsonObject { ["peering"] = Valid.DeepClone() }, "$.id", "required property missing");

        yield return Case("id not a UUID", Valid.With("id", "not-a-uuid"), "$.id", "does not match the pattern");
        yield return Case("id one digit short", Valid.With("id", "22b76469-08e3-4937-8c1d-7aad34892be"), "$.id", "does not match the pattern");
        yield return Case("id without hyphens", Valid.With("id", "22b7646908e349378c1d7aad34892be1"), "$.id", "does not match the pattern");
        yield return Case("id with a trailing newline", Valid.With("id", "22b76469-08e3-4937-8c1d-7aad34892be1\n"), "$.id", "does not match the pattern");
        yield return Case("tenant_id any string", Valid.With("request_vpc_info.tenant_id", "tenant-a"), "$.request_vpc_info.tenant_id", "does not match the pattern");
        yield return Case("tenant_id of 31 hex characters", Valid.With("accept_vpc_info.tenant_id", new string('a', 31)), "$.accept_vpc_info.tenant_id", "does not match the pattern");
        yield return Case("tenant_id of 32 characters, not hex", Valid.With("accept_vpc_info.tenant_id", new string('g', 32)), "$.accept_vpc_info.tenant_id", "does not match the pattern");
        yield return Case("created_at with a zone", Valid.With("created_at", "2024-06-11T08:30:00Z"), "$.created_at", "does not match the pattern");
        yield return Case("updated_at with a fraction", Valid.With("updated_at", "2024-06-11T08:30:00.123"), "$.updated_at", "does not match the pattern");
        yield return Case("created_at with a space", Valid.With("created_at", "2024-06-11 08:30:00"), "$.created_at", "does not match the pattern");
        yield return Case("created_at in month 13", Valid.With("created_at", "2024-13-11T08:30:00"), "$.created_at", "does not match the pattern");
    }

    [TestCaseSource(nameof(Mutations))]
    public void A_broken_reject_response_is_rejected_at_the_field_it_breaks(JsonNode body, string expectedPath, string expectedRule)
    {
        PeeringSchemas.RejectResponse.ShouldRejectAt(body.ToJsonString(), expectedPath, expectedRule);
    }

    private static TestCaseData Case(string mutation, JsonNode body, string expectedPath, string expectedRule)
        => new TestCaseData(body, expectedPath, expectedRule).SetArgDisplayNames(mutation);
}
