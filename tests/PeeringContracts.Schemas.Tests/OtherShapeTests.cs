using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>The envelope, list, peering, VPC info and error schemas: documented examples pass, broken ones fail at the field.</summary>
public class OtherShapeTests
{
    private static readonly JsonObject Peering = Body.ValidRejectResponse().With("status", "PENDING_ACCEPTANCE");

    private static IEnumerable<TestCaseData> ValidBodies()
    {
        yield return Valid("peering.schema.json", Peering, "a pending peering");
        yield return Valid("vpc-info.schema.json", new JsonObject { ["vpc_id"] = "vpc-1" }, "a VPC info without tenant_id");
        yield return Valid("peering-envelope.schema.json", new JsonObject { ["peering"] = Peering.DeepClone() }, "a shown peering");
        yield return Valid("peering-list.schema.json", new JsonObject { ["peerings"] = new JsonArray() }, "an empty list without links");
        yield return Valid("peering-list.schema.json", new JsonObject { ["peerings"] = new JsonArray(), ["peerings_links"] = new JsonArray(new JsonObject { ["marker"] = "a1", ["rel"] = "next" }) }, "a link with only marker and rel, as documented");
        yield return Valid(
            "peering-list.schema.json",
            new JsonObject
            {
                ["peerings"] = new JsonArray(Peering.DeepClone(), Peering.With("status", "REJECTED")),
                ["peerings_links"] = new JsonArray(new JsonObject { ["href"] = "https://vpc.example/v2.0/vpc/peerings?marker=1", ["rel"] = "next" }),
            },
            "a list of two with a next link");
        yield return Valid("error-body.schema.json", JsonNode.Parse("""{"NeutronError": {"type": "PeeringNotFound", "message": "Peering 1 could not be found", "detail": ""}}""")!, "a Neutron error");
        yield return Valid("error-body.schema.json", JsonNode.Parse("""{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}""")!, "a gateway error");
        yield return Valid("error-body.schema.json", JsonNode.Parse("""{"code": "VPC.0003", "message": "The peering does not exist"}""")!, "a VPC service error");
        yield return Valid("error-body.schema.json", JsonNode.Parse("""{"error": {"code": "VPC.0003", "message": "The peering does not exist"}, "request_id": "r-1"}""")!, "a wrapped service error");
    }

    private static IEnumerable<TestCaseData> BrokenBodies()
    {
        yield return Broken("peering.schema.json", Peering.With("status", "pending_acceptance"), "$.status", "must be one of", "status lower-case");
        yield return Broken("vpc-info.schema.json", new JsonObject { ["tenant_id"] = new string('a', 32) }, "$.vpc_id", "required property missing", "a VPC info without vpc_id");
        yield return Broken("peering-envelope.schema.json", Peering, "$.peering", "required property missing", "an unwrapped peering");
        yield return Broken("peering-envelope.schema.json", new JsonObject { ["peering"] = Peering.Without("id") }, "$.peering.id", "required property missing", "a wrapped peering without id");
        yield return Broken("peering-list.schema.json", new JsonObject { ["peerings"] = new JsonArray(Peering.With("name", "")) }, "$.peerings[0].name", "0 characters, at least 1 required", "a listed peering without a name");
        yield return Broken("peering-list.schema.json", new JsonObject { ["peerings"] = new JsonArray(), ["peerings_links"] = new JsonArray(new JsonObject { ["href"] = "x" }) }, "$.peerings_links[0].rel", "required property missing", "a link without rel");
        yield return Broken("peering-list.schema.json", new JsonObject { ["peerings"] = Peering.DeepClone() }, "$.peerings", "expected an array, got an object", "peerings an object");
        yield return Broken("error-body.schema.json", JsonNode.Parse("""{"message": "no code"}""")!, "$", "matches none of the 4 shapes allowed by anyOf", "a message without a code");
        yield return Broken("error-body.schema.json", JsonNode.Parse("""{"error": {"code": 404, "message": "x"}}""")!, "$.error.code", "expected a string, got an integer", "a wrapped error with a numeric code");
        yield return Broken("error-body.schema.json", JsonNode.Parse("""{"NeutronError": {"message": "x"}}""")!, "$.NeutronError.type", "required property missing", "a Neutron error without type");
    }

    [TestCaseSource(nameof(ValidBodies))]
    public void A_documented_body_validates(string schemaFile, JsonNode body)
    {
        var violations = PeeringSchemas.Get(schemaFile).Validate(body.ToJsonString());

        violations.ShouldBeEmpty($"{schemaFile}: {body.ToJsonString()}{Environment.NewLine}{SchemaViolation.Describe(violations)}");
    }

    [TestCaseSource(nameof(BrokenBodies))]
    public void A_broken_body_is_rejected_at_the_field_it_breaks(string schemaFile, JsonNode body, string expectedPath, string expectedRule)
    {
        PeeringSchemas.Get(schemaFile).ShouldRejectAt(body.ToJsonString(), expectedPath, expectedRule);
    }

    private static TestCaseData Valid(string schemaFile, JsonNode body, string name)
        => new TestCaseData(schemaFile, body).SetArgDisplayNames(schemaFile, name);

    private static TestCaseData Broken(string schemaFile, JsonNode body, string path, string rule, string name)
        => new TestCaseData(schemaFile, body, path, rule).SetArgDisplayNames(schemaFile, name);
}
