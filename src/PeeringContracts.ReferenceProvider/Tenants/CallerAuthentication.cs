using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;

namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>Resolves <c>X-Auth-Token</c> to the calling tenant before any peering endpoint runs; 401 otherwise.</summary>
internal static class CallerAuthentication
{
    private const string CallerKey = "PeeringContracts.Caller";

    public static async ValueTask<object?> RequireCaller(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var directory = http.RequestServices.GetRequiredService<TenantDirectory>();
        var faults = http.RequestServices.GetRequiredService<FaultSwitches>();
        var caller = directory.ByToken(http.Request.Headers["X-Auth-Token"]) ?? faults.CallerWithoutValidToken(directory);
        if (caller is null)
        {
            return ApiError.Unauthorized();
        }

        http.Items[CallerKey] = caller;
        return await next(context);
    }

    public static TenantAccount Caller(this HttpContext http) => (TenantAccount)http.Items[CallerKey]!;
}
