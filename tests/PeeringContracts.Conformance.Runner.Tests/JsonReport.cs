using System.Text.Json;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>The values of a written <c>conformance-report.json</c> (or <c>.partial.json</c>) that the scenarios compare.</summary>
public sealed record JsonReport(
    string Verdict, string Summary, int Passed, int Failed, int Warnings, int NotRun,
    IReadOnlyList<string> NotSelected, IReadOnlyList<string> StartProblems, IReadOnlyList<string> ExpectedFromProvider,
    IReadOnlyDictionary<string, string> Verdicts,
    IReadOnlyDictionary<string, int> RequestsSent)
{
    /// <summary>As TRX and JUnit must count the requirements: warnings and not-run are skipped.</summary>
    public TestCounts AsTests => new(Passed, Failed, Warnings + NotRun);

    public IReadOnlyList<string> WithVerdict(string verdict) =>
        Verdicts.Where(entry => entry.Value == verdict).Select(entry => entry.Key).Order(StringComparer.Ordinal).ToList();

    public static JsonReport Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var counts = root.GetProperty("counts");
        IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToList();
        return new JsonReport(
            root.GetProperty("verdict").GetString() ?? string.Empty,
            root.GetProperty("summary").GetString() ?? string.Empty,
            counts.GetProperty("passed").GetInt32(),
            counts.GetProperty("failed").GetInt32(),
            counts.GetProperty("warnings").GetInt32(),
            counts.GetProperty("notRun").GetInt32(),
            Strings(root.GetProperty("selection").GetProperty("notSelected")),
            Strings(root.GetProperty("startProblems")),
            Strings(root.GetProperty("expectedFromProvider")),
            root.GetProperty("requirements").EnumerateArray().ToDictionary(
                requirement => requirement.GetProperty("id").GetString() ?? string.Empty,
                requirement => requirement.GetProperty("verdict").GetString() ?? string.Empty,
                StringComparer.Ordinal),
            root.GetProperty("requestsSent").EnumerateArray().ToDictionary(
                sent => sent.GetProperty("operation").GetString() ?? string.Empty,
                sent => sent.GetProperty("count").GetInt32(),
                StringComparer.Ordinal));
    }
}
