using System.Text.RegularExpressions;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// A documented shell example marked runnable, read as what it runs: optionally a reference provider started in the
/// background (<c>PEERING_FAULTS=… dotnet run --project src/PeeringContracts.ReferenceProvider -- --urls URL &amp;</c>)
/// and a wait until it answers (<c>until curl …</c>; the provider started here answers when started),
/// then one <c>dotnet test</c> with its variables; the requirements its comments name must fail (<c># fails REJ-…</c>),
/// but those on a comment line saying <c>may also fail</c> may (a race decides whether they catch the fault).
/// Any other command makes the example one this test cannot run, and says so.
/// </summary>
public sealed partial record RunnableExample(
    string Place,
    IReadOnlyList<string> ProviderFaults,
    string? ProviderUrl,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> TestArguments,
    IReadOnlyList<string> ExpectedFailures,
    IReadOnlyList<string> PossibleFailures)
{
    private const string ProviderCommand = "dotnet run --project src/PeeringContracts.ReferenceProvider -- --urls";

    public static RunnableExample Parse(string place, string script)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> faults = [];
        string? providerUrl = null;
        IReadOnlyList<string>? testArguments = null;
        var expectedFailures = new List<string>();
        var possibleFailures = new List<string>();
        foreach (var line in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var (command, comment) = SplitComment(line);
            (comment.Contains("may also fail", StringComparison.Ordinal) ? possibleFailures : expectedFailures)
                .AddRange(RequirementId().Matches(comment).Select(match => match.Value));
            var words = Words(command);
            var assignments = words.SkipWhile(word => word == "export").TakeWhile(word => Assignment().IsMatch(word))
                .Select(word => word.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
            var rest = string.Join(' ', words.SkipWhile(word => word == "export").Skip(assignments.Count));
            if (rest.StartsWith(ProviderCommand, StringComparison.Ordinal) && rest.EndsWith('&'))
            {
                providerUrl = rest[ProviderCommand.Length..].TrimEnd('&').Trim();
                faults = assignments.GetValueOrDefault("PEERING_FAULTS", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
            }
            else if (rest.StartsWith($"until curl -s -o /dev/null {providerUrl}/;", StringComparison.Ordinal) && providerUrl is not null)
            {
                continue;
            }
            else if (rest.StartsWith("dotnet test ", StringComparison.Ordinal) && testArguments is null)
            {
                testArguments = words.SkipWhile(word => word != "dotnet").Skip(1).ToList();
                environment = environment.Concat(assignments).ToDictionary(StringComparer.Ordinal);
            }
            else if (rest.Length == 0)
            {
                environment = environment.Concat(assignments).ToDictionary(StringComparer.Ordinal);
            }
            else
            {
                throw new InvalidOperationException($"{place}: '{command}' is not a command a runnable example may hold (a reference provider in the background, a wait until it answers, one dotnet test).");
            }
        }

        return new RunnableExample(place, faults, providerUrl, environment,
            testArguments ?? throw new InvalidOperationException($"{place}: a runnable example runs one dotnet test."), expectedFailures, possibleFailures);
    }

    public override string ToString() => Place;

    private static (string Command, string Comment) SplitComment(string line)
    {
        var hash = line.TrimStart().StartsWith('#') ? line.IndexOf('#', StringComparison.Ordinal) : line.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? (line.Trim(), string.Empty) : (line[..hash].Trim(), line[hash..]);
    }

    /// <summary>Shell words: split at spaces, a double-quoted word kept whole, without its quotes.</summary>
    private static List<string> Words(string command) =>
        Word().Matches(command).Select(match => match.Value.Trim('"')).ToList();

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*=")]
    private static partial Regex Assignment();

    [GeneratedRegex("\"[^\"]*\"|[^\\s\"]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"REJ-\d{3}")]
    private static partial Regex RequirementId();
}
