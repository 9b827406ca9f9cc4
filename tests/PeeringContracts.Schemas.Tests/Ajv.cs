using System.Text.Json;
using System.Text.Json.Nodes;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Schemas.Tests;

/// <summary>Runs <c>scripts/validate-schemas.mjs</c>: ajv, a second validator, on the schema files.</summary>
internal static class Ajv
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Checks every file of <paramref name="schemasFolder"/> (default: the repository's schemas/) against draft-07.</summary>
    public static NodeScriptRun CheckDraft(string? schemasFolder = null)
        => Node(schemasFolder is null ? [] : ["--schemas", schemasFolder], stdin: null);

    /// <summary>ajv's verdict on each instance against one schema file.</summary>
    public static bool[] Verdicts(string schemaFile, IEnumerable<JsonNode?> instances)
    {
        var run = Node(["--verdicts", schemaFile], new JsonArray([.. instances.Select(instance => instance?.DeepClone())]).ToJsonString());
        run.ExitCode.ShouldBe(0, run.ToString());
        return JsonSerializer.Deserialize<bool[]>(run.Output)!;
    }

    private static NodeScriptRun Node(IEnumerable<string> arguments, string? stdin)
    {
        if (!File.Exists(Path.Combine(Repository.Root, "node_modules", "ajv", "package.json")))
        {
            Assert.Fail($"ajv is not installed under {Path.Combine(Repository.Root, "node_modules")}: build the solution first, or run 'npm ci' in {Repository.Root}.");
        }

        return NodeScript.Run("validate-schemas.mjs", arguments, Timeout, stdin);
    }
}
