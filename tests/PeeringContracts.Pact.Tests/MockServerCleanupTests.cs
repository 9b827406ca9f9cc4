using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Tests.Support;

namespace PeeringContracts.Pact.Tests;

public class MockServerCleanupTests
{
    [Test]
    public async Task The_mock_server_stops_after_a_passing_verification()
    {
        var port = await RunAsync(async uri => (await SamplePact.SendAsync(uri)).Dispose());

        (await LoopbackPort.IsListeningAsync(port)).ShouldBeFalse($"the mock server still listens on port {port}");
    }

    [Test]
    public async Task The_mock_server_stops_after_a_mismatch()
    {
        var port = await RunAsync(async uri => (await SamplePact.SendAsync(uri, path: "/wrong")).Dispose());

        (await LoopbackPort.IsListeningAsync(port)).ShouldBeFalse($"the mock server still listens on port {port}");
    }

    [Test]
    public async Task The_mock_server_stops_when_the_consumer_code_throws()
    {
        var port = await RunAsync(_ => throw new InvalidOperationException("consumer failed before sending"));

        (await LoopbackPort.IsListeningAsync(port)).ShouldBeFalse($"the mock server still listens on port {port}");
    }

    private static async Task<int> RunAsync(Func<Uri, Task> consumer)
    {
        using var folder = new TemporaryDirectory();
        var pact = SamplePact.WithRejectInteraction(folder.Path);
        var port = 0;
        try
        {
            await pact.VerifyAsync(async context =>
            {
                port = context.MockServerUri.Port;
                (await LoopbackPort.IsListeningAsync(port)).ShouldBeTrue("the mock server should listen while the consumer runs");
                await consumer(context.MockServerUri);
            });
        }
        catch (Exception exception) when (exception is PactMismatchException or InvalidOperationException)
        {
            TestContext.Out.WriteLine($"Verification failed as arranged: {exception.GetType().Name}");
        }

        port.ShouldBePositive();
        return port;
    }
}
