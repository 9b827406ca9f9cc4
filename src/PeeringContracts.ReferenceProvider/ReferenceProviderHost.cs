using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using PeeringContracts.ReferenceProvider.Endpoints;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>The reference provider inside the calling process, on Kestrel at 127.0.0.1 with an ephemeral port.</summary>
public sealed class ReferenceProviderHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReferenceProviderHost(WebApplication app, Uri baseUrl, ReferenceProviderOptions options)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Tenants = options.Tenants;
        Faults = options.Faults.ToHashSet(StringComparer.Ordinal);
        Quirks = options.Quirks.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The root of the API with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c> (with the
    /// <c>path-prefix</c> quirk <c>http://127.0.0.1:41234/gw/</c>).</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<TenantAccount> Tenants { get; }

    public IReadOnlySet<string> Faults { get; }

    public IReadOnlySet<string> Quirks { get; }

    /// <summary>How many list pages were asked with a <c>marker</c> so far, i.e. how often a client followed a next link.</summary>
    public int ListPagesFollowed => app.Services.GetRequiredService<FollowedPages>().Count;

    public static async Task<ReferenceProviderHost> StartAsync(ReferenceProviderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReferenceProviderOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReferenceProviderHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = ProviderApplication.Build(builder, options);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            var basePath = app.Services.GetRequiredService<QuirkSwitches>().BasePath;
            var baseUrl = new Uri($"{address.TrimEnd('/')}{basePath}/");
            await Readiness.WaitUntilAnswersAsync(baseUrl, cancellationToken);
            return new ReferenceProviderHost(app, baseUrl, options);
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
