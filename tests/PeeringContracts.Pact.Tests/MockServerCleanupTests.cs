using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

/// <summary>The mock server listens while the consumer runs and stops afterwards, however the verification ended.</summary>
public class MockServerCleanupTests
{
    private sealed record Outcome(int Port, bool ListenedDuringTheRun, Exception? Failure);

    [Test]
    public async Task The_mock_server_stops_after_a_passing_verification()
    {
        var outcome = await RunAsync(async uri => (await SamplePact.SendAsync(uri)).Dispose());

        outcome.Failure.ShouldBeNull("the verification of the expected request must pass");
        await ShouldHaveListenedThenStoppedAsync(outcome);
    }

    [Test]
    public async Task The_mock_server_stops_after_a_mismatch()
    {
        var outcome = await RunAsync(async uri => (await SamplePact.SendAsync(uri, path: "/wrong")).Dispose());

        outcome.Failure.ShouldBeOfType<PactMismatchException>();
        await ShouldHaveListenedThenStoppedAsync(outcome);
    }

    [Test]
    public async Task The_mock_server_stops_when_the_consumer_code_throws()
    {
        var outcome = await RunAsync(_ => throw new InvalidOperationException("consumer failed before sending"));

        // The expected request never came, so the verification reports it, carrying the consumer's own failure.
        outcome.Failure.ShouldBeOfType<PactMismatchException>().InnerException.ShouldBeOfType<InvalidOperationException>()
            .Message.ShouldBe("consumer failed before sending");
        await ShouldHaveListenedThenStoppedAsync(outcome);
    }

    private static async Task ShouldHaveListenedThenStoppedAsync(Outcome outcome)
    {
        outcome.Port.ShouldBePositive();
        outcome.ListenedDuringTheRun.ShouldBeTrue($"the mock server should listen on port {outcome.Port} while the consumer runs");
        (await LoopbackPort.IsListeningAsync(outcome.Port)).ShouldBeFalse($"the mock server still listens on port {outcome.Port}");
    }

    /// <summary>Runs the consumer inside a verification and reports, without asserting inside it, what happened.</summary>
    private static async Task<Outcome> RunAsync(Func<Uri, Task> consumer)
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.WithRejectInteraction(folder.Path);
        var port = 0;
        var listened = false;
        try
        {
            await pact.VerifyAsync(async context =>
            {
                port = context.MockServerUri.Port;
                listened = await LoopbackPort.IsListeningAsync(port);
                await consumer(context.MockServerUri);
            });
            return new Outcome(port, listened, Failure: null);
        }
        catch (PactMismatchException exception)
        {
            return new Outcome(port, listened, exception);
        }
    }
}
