using System.Net;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

public class ParallelPactTests
{
    [Test]
    public async Task Two_pacts_verified_at_the_same_time_get_their_own_port_and_their_own_answers()
    {
        using var folder = new TemporaryFolder();
        using var bothRunning = new Barrier(participantCount: 2);

        var ports = await Task.WhenAll(
            VerifyWhileTheOtherRunsAsync(folder.Path, "first", bothRunning),
            VerifyWhileTheOtherRunsAsync(folder.Path, "second", bothRunning));

        ports[0].ShouldNotBe(ports[1]);
        File.Exists(folder.File("first-consumer-binding-provider.json")).ShouldBeTrue();
        File.Exists(folder.File("second-consumer-binding-provider.json")).ShouldBeTrue();
    }

    private static async Task<int> VerifyWhileTheOtherRunsAsync(string pactDir, string name, Barrier bothRunning)
    {
        await Task.Yield();
        var pact = PactBuilder.V4($"{name}-consumer", "binding-provider", new PactConfig { PactDir = pactDir });
        pact.UponReceiving($"the {name} request")
            .WithRequest(HttpMethod.Get, "/things/1")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { owner = name });

        var port = 0;
        await pact.VerifyAsync(async context =>
        {
            port = context.MockServerUri.Port;
            bothRunning.SignalAndWait(TimeSpan.FromSeconds(10)).ShouldBeTrue("the other pact's mock server never started");
            using var http = new HttpClient { BaseAddress = context.MockServerUri };
            (await http.GetStringAsync("/things/1")).ShouldBe($$"""{"owner":"{{name}}"}""");
        });
        return port;
    }
}
