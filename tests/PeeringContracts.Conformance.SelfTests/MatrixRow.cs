using PeeringContracts.Conformance.Running;

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

    /// <summary>Whether the detection's requirement failed on the provider's answers and its verdict states the detection's evidence.</summary>
    public bool Shows(Detection detection) => detection.IsShownBy(For(detection.RequirementId));
}
