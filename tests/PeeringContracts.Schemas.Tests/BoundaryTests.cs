namespace PeeringContracts.Schemas.Tests;

public class BoundaryTests
{
    private static IEnumerable<TestCaseData> Cases()
        => BoundaryCases.All().Select(@case => new TestCaseData(@case.Body.ToJsonString(), @case.Valid).SetArgDisplayNames(@case.Name));

    [TestCaseSource(nameof(Cases))]
    public void A_body_at_a_documented_limit_gets_the_documented_verdict(string body, bool valid)
    {
        var violations = PeeringSchemas.RejectResponse.Validate(body);

        (violations.Count == 0).ShouldBe(valid, $"expected {(valid ? "valid" : "invalid")}: {body}{Environment.NewLine}{SchemaViolation.Describe(violations)}");
    }

    [Test]
    public void Ajv_gives_every_limit_case_the_same_verdict_as_the_loader()
    {
        var cases = BoundaryCases.All().ToList();

        var ajv = Ajv.Verdicts("reject-response.schema.json", cases.Select(@case => @case.Body));

        var disagreements = cases.Zip(ajv)
            .Where(pair => pair.Second != (PeeringSchemas.RejectResponse.Validate(pair.First.Body.ToJsonString()).Count == 0))
            .Select(pair => $"{pair.First.Name}: ajv says {(pair.Second ? "valid" : "invalid")}")
            .ToList();
        disagreements.ShouldBeEmpty();
    }
}
