using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>Runs <c>bash scripts/junit-summary.sh FOLDER</c>, the gate's summary, and reads its one line.</summary>
public static partial class JUnitSummaryScript
{
    /// <summary>The script's exit code and its line as counts; fails the test when it printed no such line.</summary>
    public static (int ExitCode, TestCounts Counts) Run(string resultsFolder)
    {
        var (exitCode, line, errors) = Invoke(resultsFolder);
        var match = SummaryLine().Match(line);
        match.Success.ShouldBeTrue($"scripts/junit-summary.sh printed '{line}', stderr: {errors}");
        int Count(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return (exitCode, new TestCounts(Count("passed"), Count("failed"), Count("skipped")));
    }

    public static (int ExitCode, string Output, string Errors) Invoke(string resultsFolder)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "junit-summary.sh"));
        start.ArgumentList.Add(resultsFolder);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("'bash' did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result.Trim());
    }

    [GeneratedRegex(@"^(?<passed>\d+) passed, (?<failed>\d+) failed, (?<skipped>\d+) skipped$")]
    private static partial Regex SummaryLine();
}
