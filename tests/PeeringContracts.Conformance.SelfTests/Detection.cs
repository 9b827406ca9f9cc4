using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>A requirement that must catch a fault, and the <see cref="SelfTests.Evidence"/> its verdict must state.</summary>
internal sealed record Detection(string RequirementId, Evidence Evidence)
{
    /// <summary>Whether the requirement's <paramref name="result"/> failed on the provider's answers themselves (not while
    /// preparing, on a helper request or through a defect of the suite) and states the evidence.</summary>
    public bool IsShownBy(CheckResult result) =>
        result is { Verdict: Verdict.Failed, FailureKind: FailureKind.Requirement } && Evidence.IsStatedBy(result);
}
