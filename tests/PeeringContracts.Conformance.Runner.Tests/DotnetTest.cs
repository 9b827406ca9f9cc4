using System.Diagnostics;
using System.Reflection;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// Runs <c>dotnet test</c> in the repository root as a user does, with no build (this project's build built the runner,
/// in this configuration) and with exactly the <c>PEERING_*</c> variables given: none leaks in from the run around it.
/// </summary>
public static class DotnetTest
{
    public static string Configuration { get; } =
        typeof(DotnetTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Only a guard against a hung process: a slow machine must never turn a run red.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

    /// <summary>Runs <c>dotnet <paramref name="arguments"/> --no-build -c Configuration</c>.</summary>
    public static async Task<RunnerRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string resultsFolder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments.Concat(["--no-build", "--configuration", Configuration]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(name => name.StartsWith("PEERING_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("'dotnet' did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} did not finish within {Patience.TotalMinutes} minutes.");
        }

        return new RunnerRun(process.ExitCode, await output, await errors, resultsFolder);
    }
}
