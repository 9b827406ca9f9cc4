using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.Signing;

namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>
/// Resolves the calling tenant before any peering endpoint runs: by its SDK-HMAC-SHA256 signature when the request
/// carries one (see <see cref="SignatureVerification"/>), otherwise by <c>X-Auth-Token</c>; 401 when neither holds.
/// </summary>
internal static class CallerAuthentication
{
    private const string CallerKey = "PeeringContracts.Caller";

    public static async ValueTask<object?> RequireCaller(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var directory = http.RequestServices.GetRequiredService<TenantDirectory>();
        var faults = http.RequestServices.GetRequiredService<ActiveFaults>();
        var (caller, refusal) = SdkAuthorization.IsSdkSigned(http.Request.Headers.Authorization.ToString())
            ? await SignatureVerification.VerifyAsync(http.Request, directory, http.RequestServices.GetRequiredService<TimeProvider>())
            : (directory.ByToken(http.Request.Headers["X-Auth-Token"]), null);
        caller ??= faults.CallerWithoutValidCredentials(
            directory, presentsCredentials: http.Request.Headers.Authorization.Count > 0 || !string.IsNullOrEmpty(http.Request.Headers["X-Auth-Token"]));
        if (caller is null)
        {
            return faults.Unauthenticated(refusal is null ? ErrorAnswer.Unauthorized() : ErrorAnswer.Unauthorized(refusal));
        }

        http.Items[CallerKey] = caller;
        return await next(context);
    }

    public static TenantAccount Caller(this HttpContext http) => (TenantAccount)http.Items[CallerKey]!;
}
