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

    /// <summary>How long a silent stub holds each request: over ten times the longest client timeout a test gives it
    /// (0.3 s), so the client always gives up first, and short enough that a client that never gives up (a mutant, a
    /// regression) fails the test in seconds instead of hanging it.</summary>
    public static readonly TimeSpan SilentHold = TimeSpan.FromSeconds(5);

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

    /// <summary>A stub that answers nothing for <see cref="SilentHold"/>, or until the client hangs up.</summary>
    public static Task<StubServer> StartSilentAsync() => StartAsync(context => Task.Delay(SilentHold, context.RequestAborted));

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
