using System.Diagnostics;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Broker.Tests.Support;

/// <summary>
/// Runs one of the broker scripts of scripts/ as CI would. The test's own PACT_*, CI and GitHub variables are removed
/// first, so only the variables a test gives reach the script.
/// </summary>
internal static class BrokerScript
{
    private static readonly string[] InheritedPrefixes = ["PACT_", "GITHUB_", "CI_", "BUILD_URL"];

    public static async Task<ScriptOutcome> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"bash did not start for scripts/{script}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ScriptOutcome($"scripts/{script}", process.ExitCode, await standardOutput, await standardError);
    }
}
