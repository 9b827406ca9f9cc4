using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeeringContracts.Verification;

/// <summary>A small Kestrel app on 127.0.0.1 with an ephemeral port, for the endpoints the Pact verifier calls.</summary>
internal static class LoopbackHost
{
    /// <summary>Starts an app with the endpoints <paramref name="map"/> adds; returns it and its root URL (no trailing slash).</summary>
    public static async Task<(WebApplication App, string Root)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (app, address.TrimEnd('/'));
    }
}
