namespace PeeringContracts.Schemas.Tests;

public class AjvDraftTests
{
    [Test]
    public void Every_schema_file_is_a_valid_draft_07_document_and_all_references_resolve_in_ajv()
    {
        var run = Ajv.CheckDraft();

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Split('\n').ShouldBe(Repository.SchemaFileNames().Select(name => $"ok {name} (draft-07, references resolved)"), run.ToString());
    }

    [Test]
    public void Ajv_names_a_schema_file_that_breaks_the_draft()
    {
        var folder = Directory.CreateTempSubdirectory("broken-schemas-").FullName;
        try
        {
            foreach (var name in Repository.SchemaFileNames())
            {
                File.Copy(Path.Combine(Repository.SchemasFolder, name), Path.Combine(folder, name));
            }

            var vpcInfo = Path.Combine(folder, "vpc-info.schema.json");
            File.WriteAllText(vpcInfo, File.ReadAllText(vpcInfo).Replace("\"type\": \"string\"", "\"type\": \"text\"", StringComparison.Ordinal));

            var run = Ajv.CheckDraft(folder);

            run.ExitCode.ShouldBe(1, run.ToString());
            run.Errors.ShouldContain("vpc-info.schema.json: not a valid draft-07 schema", Case.Sensitive, run.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
