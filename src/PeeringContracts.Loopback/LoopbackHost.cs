using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeeringContracts.Loopback;

/// <summary>
/// A Kestrel app on 127.0.0.1 with an ephemeral port, without logging; started by <c>StartAsync</c>, stopped and
/// disposed with the host.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The root of the app with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts an app with the endpoints or middleware <paramref name="map"/> adds.</summary>
    public static Task<LoopbackHost> StartAsync(Action<WebApplication> map) =>
        StartAsync(new WebApplicationOptions(), builder =>
        {
            var app = builder.Build();
            map(app);
            return app;
        });

    /// <summary>Starts the app that <paramref name="build"/> makes from a slim builder with these options.</summary>
    public static async Task<LoopbackHost> StartAsync(
        WebApplicationOptions options, Func<WebApplicationBuilder, WebApplication> build, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(options);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = build(builder);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
