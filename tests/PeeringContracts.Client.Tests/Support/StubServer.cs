using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Loopback;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Client.Tests.Support;

/// <summary>A loopback app that records every request and answers it with one handler.</summary>
internal sealed class StubServer : IAsyncDisposable
{
    public const string Token = "tok-4f1c9a7e-SECRET-the-accepter-token";

    private readonly LoopbackHost _host;
    private readonly ConcurrentQueue<RecordedRequest> _received;

    private StubServer(LoopbackHost host, ConcurrentQueue<RecordedRequest> received)
    {
        _host = host;
        _received = received;
    }

    public Uri BaseUrl => _host.BaseUrl;

    public IReadOnlyList<RecordedRequest> Received => [.. _received];

    public static Task<StubServer> StartAsync(CannedResponse response) => StartAsync(context => WriteAsync(context.Response, response));

    public static async Task<StubServer> StartAsync(Func<HttpContext, Task> answer)
    {
        var received = new ConcurrentQueue<RecordedRequest>();
        var host = await LoopbackHost.StartAsync(app => app.Run(async context =>
        {
            received.Enqueue(await RecordedRequest.ReadAsync(context.Request));
            await answer(context);
        }));
        return new StubServer(host, received);
    }

    public RecordedRequest SingleRequest() => Received.ShouldHaveSingleItem("the stub expected exactly one request");

    public PeeringApiClient CreateClient(string? token = Token, string basePath = "", TimeSpan? timeout = null) =>
        new(new PeeringClientOptions(new Uri(BaseUrl, basePath), token, timeout ?? TimeSpan.FromSeconds(10)));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static async Task WriteAsync(HttpResponse response, CannedResponse canned)
    {
        response.StatusCode = canned.Status;
        foreach (var (name, value) in canned.Headers)
        {
            response.Headers[name] = value;
        }

        if (canned.ContentType is not null)
        {
            response.ContentType = canned.ContentType;
        }

        await response.WriteAsync(canned.Body);
    }
}
