using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The whole catalogue run once against one provider configuration (clean, one fault, or one quirk).</summary>
internal sealed record MatrixRow(string Subject, IReadOnlyList<CheckResult> Results, IReadOnlyList<string> CleanupProblems)
{
    public CheckResult For(string requirementId) => Results.Single(result => result.Requirement.Id == requirementId);

    /// <summary>The requirements that failed on the provider's answers themselves (not while preparing their peering).</summary>
    public IReadOnlyList<string> FailedOnTheRequirement { get; } = Results
        .Where(result => result.Verdict == Verdict.Failed && result.FailureKind == FailureKind.Requirement)
        .Select(result => result.Requirement.Id)
        .ToList();

    public IReadOnlyList<CheckResult> NotPassed { get; } = Results.Where(result => result.Verdict != Verdict.Passed).ToList();

    /// <summary>Whether the requirement failed on the provider's answers and its verdict carries the detection's evidence.</summary>
    public bool Shows(Detection detection)
    {
        var result = For(detection.RequirementId);
        return result.Verdict == Verdict.Failed
            && result.FailureKind == FailureKind.Requirement
            && result.Statement.Contains(detection.Evidence, StringComparison.Ordinal);
    }
}
