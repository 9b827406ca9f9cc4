namespace PeeringContracts.Conformance.Running;

/// <summary>What the end-of-run audit found: a peering a refused request of <see cref="RequirementId"/> touched has changed.</summary>
public sealed record AuditFinding(string RequirementId, string Expected, string Actual)
{
    /// <summary>The requirement's result with the audit's evidence: failed, whatever the check itself concluded.</summary>
    public CheckResult FailedResult(CheckResult checkResult)
    {
        ArgumentNullException.ThrowIfNull(checkResult);
        return checkResult with
        {
            Verdict = Verdict.Failed,
            FailureKind = FailureKind.Requirement,
            Message = FailureMessage.For(checkResult.Requirement, $"{Expected} (end-of-run audit)", Actual, exchange: null),
        };
    }
}
