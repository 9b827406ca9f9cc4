using System.Text.RegularExpressions;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>How one <c>dotnet test</c> of the runner ended: its exit code, its console, and the folder its results went to.</summary>
public sealed partial record RunnerRun(int ExitCode, string Output, string Errors, string ResultsFolder)
{
    public const string AssemblyName = "PeeringContracts.Conformance.Runner";

    public string Trx => Path.Combine(ResultsFolder, $"{AssemblyName}.trx");

    public string JUnit => Path.Combine(ResultsFolder, $"{AssemblyName}.junit.xml");

    /// <summary>The runner's closing lines, <c>&lt;verdict&gt;: N passed, … — report: PATH</c> (one, when all is well).</summary>
    public IReadOnlyList<string> ClosingLines => Lines().Where(line => ClosingLine().IsMatch(line)).ToList();

    /// <summary>The test platform's totals (<c>Total tests</c>, <c>Passed</c>, <c>Failed</c>, <c>Skipped</c>) at the end of the console.</summary>
    public TestCounts ConsoleTotals
    {
        get
        {
            int Total(string label) => Lines().Select(line => ConsoleTotal().Match(line)).Where(match => match.Success && match.Groups["label"].Value == label)
                .Select(match => int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault();
            var counts = new TestCounts(Total("Passed"), Total("Failed"), Total("Skipped"));
            counts.Total.ShouldBe(Total("Total tests"), $"the console's totals add up to its 'Total tests'\n{this}");
            return counts;
        }
    }

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";

    private IEnumerable<string> Lines() => Output.Split('\n').Select(line => line.TrimEnd('\r'));

    [GeneratedRegex("^(passed|failed|could not start): .* — report: .+$")]
    private static partial Regex ClosingLine();

    [GeneratedRegex(@"^\s*(?<label>Total tests|Passed|Failed|Skipped): (?<count>\d+)$")]
    private static partial Regex ConsoleTotal();
}
