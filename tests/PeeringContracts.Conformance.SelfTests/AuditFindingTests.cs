using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The end-of-run audit fails a requirement whose refused request left a change, without hiding what the check
/// itself found.</summary>
public sealed class AuditFindingTests
{
    private static readonly Requirement Requirement = new("REJ-999", RequirementLevel.Should, RequirementCategory.State, "A refused request changes nothing.", "test");
    private static readonly AuditFinding Finding = new("REJ-999", "peering p as it was before", "status: \"REJECTED\" → \"ACTIVE\"");

    [Test]
    public void A_passed_check_fails_with_the_audit_evidence()
    {
        var result = Finding.FailedResult(CheckResult.Pass(Requirement, TimeSpan.Zero));

        result.Verdict.ShouldBe(Verdict.Failed);
        result.FailureKind.ShouldBe(FailureKind.Requirement);
        result.Message.ShouldContain("expected: peering p as it was before (end-of-run audit)");
        result.Message.ShouldContain("actual:   status: \"REJECTED\" → \"ACTIVE\"");
    }

    [Test]
    public void A_check_that_failed_on_the_answers_keeps_its_own_verdict_first()
    {
        var failed = new CheckResult(Requirement, Verdict.Failed, TimeSpan.Zero) { FailureKind = FailureKind.Requirement, Expected = "status 409", Actual = "status 200" };

        var result = Finding.FailedResult(failed);

        result.Verdict.ShouldBe(Verdict.Failed);
        result.FailureKind.ShouldBe(FailureKind.Requirement);
        result.Message.ShouldStartWith(failed.Message);
        result.Expected.ShouldBe("status 409");
        result.Message.ShouldContain("end-of-run audit expected peering p as it was before");
        result.Message.ShouldContain("status: \"REJECTED\" → \"ACTIVE\"");
    }
}
