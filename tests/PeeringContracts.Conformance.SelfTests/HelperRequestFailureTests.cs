using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>An error answer to a request a check makes only to read the outcome is not the provider breaking the
/// requirement the check judges: it fails as a helper request, saying the requirement could not be judged.</summary>
public sealed class HelperRequestFailureTests
{
    private const string UnknownPeeringId = "0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e";
    private const string MalformedPeeringId = "not-a-uuid";

    [Test]
    public async Task A_status_read_answered_with_an_error_fails_as_a_helper_request_not_as_the_requirement()
    {
        var result = await MadeUpCheck.RunAsync("A requirement whose status read fails.", context => context.StatusOfAsync(UnknownPeeringId));

        ShouldBeAHelperRequestFailure(result, $"/v2.0/vpc/peerings/{UnknownPeeringId} answered 404");
    }

    [Test]
    public async Task A_snapshot_read_answered_with_an_error_fails_as_a_helper_request_not_as_the_requirement()
    {
        var result = await MadeUpCheck.RunAsync("A requirement whose snapshot read fails.", context => PeeringSnapshot.ReadAsync(context, MalformedPeeringId));

        ShouldBeAHelperRequestFailure(result, $"/v2.0/vpc/peerings/{MalformedPeeringId} answered 400, not 200 or 404");
    }

    private static void ShouldBeAHelperRequestFailure(CheckResult result, string answer)
    {
        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.HelperRequest, result.Message);
        result.Message.ShouldContain("the requirement could not be judged");
        result.Message.ShouldContain(answer);
    }
}
