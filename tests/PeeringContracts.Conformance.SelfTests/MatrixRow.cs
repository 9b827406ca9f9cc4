using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The whole catalogue run once against one provider configuration (clean, one fault, or one quirk).</summary>
internal sealed record MatrixRow(string Subject, IReadOnlyList<CheckResult> Results, IReadOnlyList<string> CleanupProblems)
{
    private const string ExchangeHeading = "\n  exchange:";

    public CheckResult For(string requirementId) => Results.Single(result => result.Requirement.Id == requirementId);

    /// <summary>The requirements that failed on the provider's answers themselves (not while preparing their peering).</summary>
    public IReadOnlyList<string> FailedOnTheRequirement { get; } = Results
        .Where(result => result.Verdict == Verdict.Failed && result.FailureKind == FailureKind.Requirement)
        .Select(result => result.Requirement.Id)
        .ToList();

    public IReadOnlyList<CheckResult> NotPassed { get; } = Results.Where(result => result.Verdict != Verdict.Passed).ToList();

    /// <summary>
    /// What a failure message says before its exchange: the requirement, what was expected and what came. Evidence is
    /// looked for here only, because the exchange repeats the provider's answer whatever the check found wrong with it.
    /// </summary>
    public static string VerdictOf(CheckResult result)
    {
        var exchangeAt = result.Message.IndexOf(ExchangeHeading, StringComparison.Ordinal);
        return exchangeAt < 0 ? result.Message : result.Message[..exchangeAt];
    }

    /// <summary>Whether the requirement failed on the provider's answers and its verdict carries the detection's evidence.</summary>
    public bool Shows(Detection detection)
    {
        var result = For(detection.RequirementId);
        return result.Verdict == Verdict.Failed
            && result.FailureKind == FailureKind.Requirement
            && VerdictOf(result).Contains(detection.Evidence, StringComparison.Ordinal);
    }
}
