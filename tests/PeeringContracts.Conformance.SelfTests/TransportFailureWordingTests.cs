using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Evidence says what happened: a connection closed without an answer is not reported as a timeout.</summary>
public sealed class TransportFailureWordingTests
{
    [Test]
    public async Task A_reset_connection_fails_REJ_023_without_calling_it_a_timeout()
    {
        await using var run = await SelfTestRun.StartAsync(["connection-reset-on-reject"]);

        var result = await run.RunAsync("REJ-023");

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.Message.ShouldContain("not a timeout", Case.Sensitive, result.Message);
        result.Message.ShouldNotContain("within the timeout", Case.Sensitive, result.Message);
    }
}
