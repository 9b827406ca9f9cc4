using System.Collections.Concurrent;

namespace PeeringContracts.Schemas.Tests;

public class LoaderTests
{
    [Test]
    public void Every_file_of_schemas_is_embedded_and_loads_with_its_references_resolved()
    {
        var loaded = Repository.SchemaFileNames().Select(PeeringSchemas.Get).ToList();

        loaded.Select(schema => schema.FileName).ShouldBe(Repository.SchemaFileNames());
    }

    [Test]
    public void The_named_schemas_are_their_files_and_each_is_loaded_once()
    {
        PeeringSchemas.RejectResponse.FileName.ShouldBe("reject-response.schema.json");
        PeeringSchemas.PeeringEnvelope.FileName.ShouldBe("peering-envelope.schema.json");
        PeeringSchemas.PeeringList.FileName.ShouldBe("peering-list.schema.json");
        PeeringSchemas.ErrorBody.FileName.ShouldBe("error-body.schema.json");
        PeeringSchemas.Get("reject-response.schema.json").ShouldBeSameAs(PeeringSchemas.RejectResponse);
    }

    [Test]
    public void Many_threads_validating_at_once_all_get_the_same_verdicts()
    {
        var valid = SeedExample.Corrected;
        var invalid = Body.ValidRejectResponse().With("status", "ACTIVE").ToJsonString();
        var verdicts = new ConcurrentBag<string>();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var violations = PeeringSchemas.Get("reject-response.schema.json").Validate(i % 2 == 0 ? valid : invalid);
            verdicts.Add($"{i % 2}: {SchemaViolation.Describe(violations)}");
        });

        verdicts.Distinct().Order(StringComparer.Ordinal).ShouldBe(
        [
            "0: no schema violations",
            $"1: 1 schema violation(s):{Environment.NewLine}  $.status: must be exactly \"REJECTED\" (value: \"ACTIVE\")",
        ]);
    }

    [Test]
    public void An_unknown_file_name_is_refused_with_the_list_of_files()
    {
        var error = Should.Throw<ArgumentException>(() => PeeringSchemas.Get("peerings.schema.json"));

        error.Message.ShouldStartWith("There is no schema file 'peerings.schema.json' in schemas/; the files are: error-body.schema.json, peering-envelope.schema.json,");
    }

    [Test]
    public void A_blank_file_name_is_refused_as_blank()
    {
        var error = Should.Throw<ArgumentException>(() => PeeringSchemas.Get("  "));

        error.ParamName.ShouldBe("fileName");
        error.Message.ShouldNotStartWith("There is no schema file");
    }

    [Test]
    public void The_embedded_files_are_listed_in_ordinal_order()
    {
        new EmbeddedSchemaFiles().FileNames.ShouldBe(Repository.SchemaFileNames());
    }

    [TestCase(null, "$")]
    [TestCase("#/", "$")]
    [TestCase("#/request_vpc_info.vpc_id", "$.request_vpc_info.vpc_id")]
    [TestCase("#/[0].id", "$[0].id")]
    public void An_NJsonSchema_path_reads_as_JSONPath(string? path, string expected)
    {
        JsonPath.FromNJsonSchema(path).ShouldBe(expected);
    }

    [Test]
    public void A_schema_file_that_is_not_JSON_fails_with_a_message_naming_it()
    {
        var files = new InMemorySchemaFiles(new() { ["a.schema.json"] = """{"type": "object", """ });

        var error = Should.Throw<InvalidOperationException>(() => SchemaLoader.Load("a.schema.json", files));

        error.Message.ShouldStartWith("Schema file 'a.schema.json' could not be loaded: ");
    }

    [Test]
    public void A_broken_file_behind_a_reference_is_named_with_the_file_that_refers_to_it()
    {
        var files = new InMemorySchemaFiles(new()
        {
            ["outer.schema.json"] = """{"properties": {"inner": {"$ref": "inner.schema.json"}}}""",
            ["inner.schema.json"] = """{"type": """,
        });

        var error = Should.Throw<InvalidOperationException>(() => SchemaLoader.Load("outer.schema.json", files));

        error.Message.ShouldStartWith("Schema file 'outer.schema.json' could not be loaded: ");
        error.Message.ShouldContain("Schema file 'inner.schema.json' could not be loaded: ");
    }

    [Test]
    public void A_reference_to_a_missing_file_names_it_and_the_files_there_are()
    {
        var files = new InMemorySchemaFiles(new() { ["outer.schema.json"] = """{"properties": {"inner": {"$ref": "gone.schema.json"}}}""" });

        var error = Should.Throw<InvalidOperationException>(() => SchemaLoader.Load("outer.schema.json", files));

        error.Message.ShouldStartWith("Schema file 'outer.schema.json' could not be loaded: ");
        error.Message.ShouldContain("There is no schema file 'gone.schema.json' in schemas/; the files are: outer.schema.json.");
    }

    [Test]
    public void A_reference_to_a_URL_is_refused_instead_of_fetched()
    {
        var files = new InMemorySchemaFiles(new() { ["outer.schema.json"] = """{"properties": {"inner": {"$ref": "https://peering-contracts.example/schemas/inner.schema.json"}}}""" });

        var error = Should.Throw<InvalidOperationException>(() => SchemaLoader.Load("outer.schema.json", files));

        error.Message.ShouldContain("references the URL 'https://peering-contracts.example/schemas/inner.schema.json'; only relative file names of schemas/ are resolved, never the network.");
    }
}
