namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Failure messages are the product: the representative ones are pinned in <c>Approved/</c>, so a change to
/// what a provider team reads shows as a diff to review.</summary>
public sealed class FailureMessageApprovalTests
{
    [Test]
    public async Task A_requirement_failure_shows_expected_actual_and_the_exchange() =>
        (await RepresentativeResults.RequirementFailureAsync()).Message.ShouldMatchApproved("requirement-failure");

    [Test]
    public async Task A_requirement_that_could_not_run_under_strict_says_why_it_fails() =>
        (await RepresentativeResults.CouldNotRunUnderStrictAsync()).Message.ShouldMatchApproved("could-not-run-strict");

    [Test]
    public async Task A_helper_request_failure_says_the_requirement_was_not_judged() =>
        (await RepresentativeResults.HelperRequestFailureAsync()).Message.ShouldMatchApproved("helper-request-failure");

    [Test]
    public async Task An_audit_finding_follows_the_checks_own_failure() =>
        (await RepresentativeResults.AuditFindingOnAFailureAsync()).Message.ShouldMatchApproved("audit-finding-on-a-failure");
}
