using System.Diagnostics;

namespace PeeringContracts.TestSupport;

/// <summary>Runs a script of the repository's <c>scripts/</c> folder with Node.js, in the repository root.</summary>
public static class NodeScript
{
    /// <summary>
    /// Runs <c>node scripts/<paramref name="script"/></c> with <paramref name="arguments"/>, writes
    /// <paramref name="standardInput"/> to it and closes its input; kills it when it outlasts <paramref name="timeout"/>.
    /// </summary>
    public static NodeScriptRun Run(
        string script, IEnumerable<string> arguments, TimeSpan timeout, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("'node' did not start; Node.js 20 or newer must be on PATH.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(standardInput ?? string.Empty);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node scripts/{script} did not finish within {timeout.TotalSeconds} s.");
        }

        return new NodeScriptRun(process.ExitCode, output.Result.Trim(), errors.Result.Trim());
    }
}
