using PeeringContracts.Pact.Reports;
namespace PeeringContracts.Pact.Errors;

/// <summary>
/// The consumer's requests did not match the pact: the message names each mismatch (which request, expected, actual)
/// and each expected request that never came, then the core's log. The pact was not written.
/// </summary>
public sealed class PactMismatchException : PactException
{
    private PactMismatchException(IReadOnlyList<string> problems, string? coreLog, Exception? consumerFailure)
        : base(Describe(problems, coreLog, consumerFailure), consumerFailure)
    {
        Problems = problems;
        CoreLog = coreLog;
    }

    /// <summary>One readable sentence per problem.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>What the core logged while the mock server ran, or null when its log was not kept.</summary>
    public string? CoreLog { get; }

    internal static PactMismatchException From(string mismatchesJson, string? coreLog, Exception? consumerFailure) =>
        new(MockServerMismatchReport.Describe(mismatchesJson), coreLog, consumerFailure);

    private static string Describe(IReadOnlyList<string> problems, string? coreLog, Exception? consumerFailure)
    {
        var lines = new List<string> { $"The pact was not honoured ({problems.Count} problem(s)); no pact file was written:" };
        lines.AddRange(problems.Select(problem => $"  - {problem}"));
        if (consumerFailure is not null)
        {
            lines.Add($"The consumer code then failed with {consumerFailure.GetType().Name}: {consumerFailure.Message}");
        }

        lines.Add(coreLog is null
            ? "No Pact core log was kept: another component of this process applied the core's logger first."
            : $"Pact core log of the mock server:{Environment.NewLine}{coreLog.TrimEnd()}");

        return string.Join(Environment.NewLine, lines);
    }
}
