using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>Runs <c>scripts/validate-schemas.mjs</c>: ajv, a second validator, on the schema files.</summary>
internal static class Ajv
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public sealed record Run(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout: {Output}{Environment.NewLine}stderr: {Errors}";
    }

    /// <summary>Checks every file of <paramref name="schemasFolder"/> (default: the repository's schemas/) against draft-07.</summary>
    public static Run CheckDraft(string? schemasFolder = null)
        => Node(schemasFolder is null ? [] : ["--schemas", schemasFolder], stdin: null);

    /// <summary>ajv's verdict on each instance against one schema file.</summary>
    public static bool[] Verdicts(string schemaFile, IEnumerable<JsonNode?> instances)
    {
        var run = Node(["--verdicts", schemaFile], new JsonArray([.. instances.Select(instance => instance?.DeepClone())]).ToJsonString());
        run.ExitCode.ShouldBe(0, run.ToString());
        return JsonSerializer.Deserialize<bool[]>(run.Output)!;
    }

    private static Run Node(IEnumerable<string> arguments, string? stdin)
    {
        if (!File.Exists(Path.Combine(Repository.Root, "node_modules", "ajv", "package.json")))
        {
            Assert.Fail($"ajv is not installed under {Path.Combine(Repository.Root, "node_modules")}: build the solution first, or run 'npm ci' in {Repository.Root}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "validate-schemas.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("'node' did not start; Node.js 20 or newer must be on PATH.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node scripts/validate-schemas.mjs {string.Join(' ', start.ArgumentList.Skip(1))} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new Run(process.ExitCode, output.Result.Trim(), errors.Result.Trim());
    }
}
