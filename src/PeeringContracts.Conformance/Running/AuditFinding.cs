namespace PeeringContracts.Conformance.Running;

/// <summary>What the end-of-run audit found: a peering a refused request of <see cref="RequirementId"/> touched has changed.</summary>
public sealed record AuditFinding(string RequirementId, string Expected, string Actual)
{
    /// <summary><paramref name="checkResult"/> with every finding of <paramref name="findings"/> about its requirement applied.</summary>
    public static CheckResult ApplyAll(CheckResult checkResult, IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(checkResult);
        return findings
            .Where(finding => finding.RequirementId == checkResult.Requirement.Id)
            .Aggregate(checkResult, (result, finding) => finding.FailedResult(result));
    }

    /// <summary>
    /// The requirement's result with the audit's evidence: failed, whatever the check itself concluded. A check that
    /// already failed on the provider's answers keeps its own verdict first, the audit's follows it: the audit cannot
    /// tell whose request made the change it saw, and the check's finding is the one it judged.
    /// </summary>
    public CheckResult FailedResult(CheckResult checkResult)
    {
        ArgumentNullException.ThrowIfNull(checkResult);
        return checkResult is { Verdict: Verdict.Failed, FailureKind: FailureKind.Requirement }
            ? checkResult with { AuditFindings = [.. checkResult.AuditFindings, this] }
            : new CheckResult(checkResult.Requirement, Verdict.Failed, checkResult.Duration)
            {
                FailureKind = FailureKind.Requirement,
                Expected = $"{Expected} (end-of-run audit)",
                Actual = Actual,
                NotJudged = checkResult.NotJudged,
            };
    }
}
