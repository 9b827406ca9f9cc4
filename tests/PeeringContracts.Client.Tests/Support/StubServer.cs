using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeeringContracts.Client.Tests.Support;

/// <summary>A Kestrel app on 127.0.0.1, ephemeral port, that records every request and answers it with one handler.</summary>
internal sealed class StubServer : IAsyncDisposable
{
    public const string Token = "tok-4f1c9a7e-SECRET-the-accepter-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private StubServer(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(async context =>
        {
            _received.Enqueue(await ReadAsync(context.Request));
            await answer(context);
        });
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public static Task<StubServer> StartAsync(CannedResponse response) => StartAsync(context => WriteAsync(context.Response, response));

    public static async Task<StubServer> StartAsync(Func<HttpContext, Task> answer)
    {
        var server = new StubServer(answer);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    public ReceivedRequest SingleRequest() => Received.ShouldHaveSingleItem("the stub expected exactly one request");

    public PeeringApiClient CreateClient(string? token = Token, string basePath = "", TimeSpan? timeout = null) =>
        new(new PeeringClientOptions(new Uri(BaseUrl, basePath), token, timeout ?? TimeSpan.FromSeconds(10)));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<ReceivedRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = request.HttpContext.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ReceivedRequest(request.Method, rawTarget, headers, body);
    }

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
