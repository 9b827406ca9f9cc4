using System.Globalization;
using PeeringContracts.ReferenceProvider.Endpoints;
using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.ProviderStates;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>Services and pipeline of the reference provider, shared by the standalone program and the in-process host.</summary>
internal static class ProviderApplication
{
    private static readonly TimeSpan DefaultSlowRejectDelay = TimeSpan.FromMilliseconds(3000);

    public static WebApplication Build(WebApplicationBuilder builder, ReferenceProviderOptions options)
    {
        var directory = new TenantDirectory(options.Tenants);
        var faults = new ActiveFaults(options.Faults, options.SlowRejectDelay ?? SlowRejectDelayFromEnvironment());
        var quirks = new QuirkSwitches(options.Quirks, options.ReadLag);
        if (options.EnableProviderStates)
        {
            directory.ByRole(TenantRoles.Requester);
            directory.ByRole(TenantRoles.Accepter);
        }

        builder.Services
            .AddSingleton(directory)
            .AddSingleton(faults)
            .AddSingleton(quirks)
            .AddSingleton(options.Clock)
            .AddSingleton<PeeringStore>()
            .AddSingleton<FollowedPages>()
            .AddSingleton<ProviderStateRegistry>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * RequestLimits.MaxLineBytes;
        });

        var app = builder.Build();
        app.Use(AnswerDatedByClock(options.Clock));
        app.UseMiddleware<ErrorBoundary>();
        app.Use(RequestBody.ReadWholeAsync);
        app.Use(quirks.EveryAnswerAsync);
        app.UseStatusCodePages(context => ErrorAnswer.ForStatus(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        var routes = app.MapGroup(quirks.BasePath);
        PeeringRoutes.Map(routes, faults, quirks);
        if (options.EnableProviderStates)
        {
            ProviderStateEndpoint.Map(routes);
        }

        return app;
    }

    /// <summary>Every answer's <c>Date</c> comes from the clock that judges signatures, as a gateway's does, so a client can tell a clock skew.</summary>
    private static Func<HttpContext, RequestDelegate, Task> AnswerDatedByClock(TimeProvider clock) => (context, next) =>
    {
        context.Response.Headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        return next(context);
    };

    private static TimeSpan SlowRejectDelayFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("PEERING_FAULT_DELAY_MS"), out var milliseconds) && milliseconds >= 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : DefaultSlowRejectDelay;
}
