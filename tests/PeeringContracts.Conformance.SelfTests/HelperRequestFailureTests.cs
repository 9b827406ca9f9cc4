using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>An error answer to a request a check makes only to read the outcome is not the provider breaking the
/// requirement the check judges: it fails as a helper request, saying the requirement could not be judged.</summary>
public sealed class HelperRequestFailureTests
{
    private const string UnknownPeeringId = "0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e";

    [Test]
    public async Task A_show_that_answers_an_error_fails_as_a_helper_request_not_as_the_requirement()
    {
        var result = await MadeUpCheck.RunAsync("A requirement whose outcome read fails.", context => context.StatusOfAsync(UnknownPeeringId));

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.HelperRequest, result.Message);
        result.Message.ShouldContain("the requirement could not be judged");
        result.Message.ShouldContain($"/v2.0/vpc/peerings/{UnknownPeeringId} answered 404");
    }
}
