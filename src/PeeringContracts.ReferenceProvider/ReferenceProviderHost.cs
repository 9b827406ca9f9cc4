using PeeringContracts.Loopback;
using PeeringContracts.ReferenceProvider.Endpoints;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>The reference provider inside the calling process, on Kestrel at 127.0.0.1 with an ephemeral port.</summary>
public sealed class ReferenceProviderHost : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ReferenceProviderHost(LoopbackHost host, Uri baseUrl, ReferenceProviderOptions options)
    {
        this.host = host;
        BaseUrl = baseUrl;
        Tenants = options.Tenants;
        Faults = options.Faults.ToHashSet(StringComparer.Ordinal);
        Quirks = options.Quirks.ToHashSet(StringComparer.Ordinal);
        ReadLag = Quirks.Contains(QuirkCatalog.LaggingReads.Name) ? options.ReadLag : TimeSpan.Zero;
    }

    /// <summary>The root of the API with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c> (with the
    /// <c>path-prefix</c> quirk <c>http://127.0.0.1:41234/gw/</c>).</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<TenantAccount> Tenants { get; }

    public IReadOnlySet<string> Faults { get; }

    public IReadOnlySet<string> Quirks { get; }

    /// <summary>How long a write may take to show in show and list: the lag of <c>lagging-reads</c>, else zero (the
    /// provider is strongly consistent).</summary>
    public TimeSpan ReadLag { get; }

    /// <summary>How many list pages were asked with a <c>marker</c> so far, i.e. how often a client followed a next link.</summary>
    public int ListPagesFollowed => host.Services.GetRequiredService<FollowedPages>().Count;

    public static async Task<ReferenceProviderHost> StartAsync(ReferenceProviderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReferenceProviderOptions();
        var webOptions = new WebApplicationOptions
        {
            ApplicationName = typeof(ReferenceProviderHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        };
        var host = await LoopbackHost.StartAsync(webOptions, builder => ProviderApplication.Build(builder, options), cancellationToken);
        try
        {
            var basePath = host.Services.GetRequiredService<QuirkSwitches>().BasePath;
            var baseUrl = new Uri($"{host.BaseUrl.AbsoluteUri.TrimEnd('/')}{basePath}/");
            await Readiness.WaitUntilAnswersAsync(baseUrl, cancellationToken);
            return new ReferenceProviderHost(host, baseUrl, options);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
