using System.Text.Json;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Generated fixtures stay within the documented limits, which the schemas state.</summary>
public sealed class FixtureDataTests
{
    [Test]
    public void The_name_limit_is_the_one_the_peering_schema_documents()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "peering.schema.json")));

        schema.RootElement.GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32().ShouldBe(FixtureData.MaxNameLength);
    }
}
