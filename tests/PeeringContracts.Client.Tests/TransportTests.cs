using System.Net;
using System.Net.Sockets;
using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>When no HTTP answer comes, the raw layer throws PeeringTransportException naming the request.</summary>
public sealed class TransportTests
{
    [Test]
    public async Task A_provider_slower_than_the_timeout_gives_a_transport_exception()
    {
        await using var stub = await StubServer.StartSilentAsync();
        using var client = stub.CreateClient(timeout: TimeSpan.FromMilliseconds(300));
        var request = ApiRequest.Reject(Samples.PeeringId);

        var error = await Should.ThrowAsync<PeeringTransportException>(() => client.SendAsync(request));

        error.ShouldSatisfyAllConditions(
            () => error.Method.ShouldBe("PUT"),
            () => error.TimedOut.ShouldBeTrue(),
            () => error.Url.ShouldBe(new Uri(stub.BaseUrl, request.Path)),
            () => error.Message.ShouldBe($"PUT {error.Url} got no answer: no answer within the timeout of 0.3 s"));
    }

    [Test]
    public async Task A_closed_port_gives_a_transport_exception_from_every_layer()
    {
        var baseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        using var client = new PeeringApiClient(new PeeringClientOptions(baseUrl, StubServer.Token, TimeSpan.FromSeconds(5)));

        var raw = await Should.ThrowAsync<PeeringTransportException>(() => client.SendAsync(ApiRequest.Show(Samples.PeeringId)));
        var typed = await Should.ThrowAsync<PeeringTransportException>(() => client.RejectAsync(Samples.PeeringId));

        raw.Message.ShouldStartWith($"GET {baseUrl}v2.0/vpc/peerings/{Samples.PeeringId} got no answer: ");
        raw.Message.ShouldContain("refused", Case.Insensitive);
        raw.TimedOut.ShouldBeFalse();
        typed.Url.ShouldBe(new Uri($"{baseUrl}v2.0/vpc/peerings/{Samples.PeeringId}/reject"));
    }

    [Test]
    public async Task Cancelling_the_call_cancels_instead_of_reporting_a_transport_failure()
    {
        await using var stub = await StubServer.StartSilentAsync();
        using var client = stub.CreateClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Should.ThrowAsync<OperationCanceledException>(() => client.ShowAsync(Samples.PeeringId, cancellation.Token));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
