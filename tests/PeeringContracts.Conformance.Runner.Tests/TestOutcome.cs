namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>How one test ended in a results file.</summary>
public enum TestEnd
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>One test of a results file, by its display name (<c>REJ-001 …</c> for a requirement).</summary>
public sealed record TestOutcome(string Name, TestEnd End)
{
    /// <summary>Why it failed or was skipped, where the file says (empty otherwise).</summary>
    public string Message { get; init; } = string.Empty;

    public bool IsRequirement => Name.StartsWith("REJ-", StringComparison.Ordinal);

    public static TestCounts Count(IEnumerable<TestOutcome> outcomes)
    {
        var ends = outcomes.Select(outcome => outcome.End).ToList();
        return new TestCounts(ends.Count(end => end == TestEnd.Passed), ends.Count(end => end == TestEnd.Failed), ends.Count(end => end == TestEnd.Skipped));
    }

    /// <summary>Each test that did not pass, with its message: what a count mismatch needs to be understood.</summary>
    public static string DescribeNotPassed(IEnumerable<TestOutcome> outcomes) =>
        string.Join("\n", outcomes.Where(outcome => outcome.End != TestEnd.Passed).Select(outcome => $"- {outcome.End}: {outcome.Name}: {outcome.Message}"));
}
