using System.Security.Cryptography;
using System.Text;
using PeeringContracts.Signing;

namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>
/// Verifies an SDK-HMAC-SHA256 signed request as the provider's API gateway does: the access key names the tenant, the
/// signature is recomputed with its secret key over the headers the request lists as signed (which must include
/// <c>host</c> and <c>x-sdk-date</c>), and the date must lie within <see cref="SdkSigningDate.Tolerance"/> of the clock.
/// A signed <c>X-Project-Id</c> must be the tenant's own id.
/// </summary>
internal static class SignatureVerification
{
    private static readonly string[] RequiredSignedHeaders = ["host", "x-sdk-date"];

    /// <summary>The tenant that signed the request, or why the signature is refused (never naming a key).</summary>
    public static async Task<(TenantAccount? Caller, string? Refusal)> VerifyAsync(HttpRequest request, TenantDirectory directory, TimeProvider clock)
    {
        var authorization = SdkAuthorization.Parse(request.Headers.Authorization.ToString());
        if (authorization is null)
        {
            return (null, "the Authorization header is not 'SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…'.");
        }

        var missing = RequiredSignedHeaders.Concat(authorization.SignedHeaders)
            .FirstOrDefault(name => !authorization.SignedHeaders.Contains(name, StringComparer.Ordinal) || !request.Headers.ContainsKey(name));
        if (missing is not null)
        {
            return (null, $"the header '{missing}' must be sent and signed.");
        }

        var date = SdkSigningDate.Parse(request.Headers[SdkSigningDate.Header]);
        if (date is null)
        {
            return (null, $"{SdkSigningDate.Header} is not a date of the form yyyyMMddTHHmmssZ.");
        }

        if ((clock.GetUtcNow() - date.Value).Duration() > SdkSigningDate.Tolerance)
        {
            return (null, $"{SdkSigningDate.Header} {request.Headers[SdkSigningDate.Header]} is more than {SdkSigningDate.Tolerance.TotalMinutes:0} minutes from the server time {SdkSigningDate.Of(clock.GetUtcNow())}.");
        }

        var tenant = directory.ByAccessKey(authorization.AccessKey);
        if (tenant?.SecretKey is null)
        {
            return (null, "the access key is unknown.");
        }

        var signedHeaders = authorization.SignedHeaders.Select(name => KeyValuePair.Create(name, request.Headers[name].ToString()));
        var canonical = CanonicalRequest.Build(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "", signedHeaders, await PayloadHashAsync(request));
        var expected = SdkSignature.Compute(tenant.SecretKey, request.Headers[SdkSigningDate.Header].ToString(), canonical);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature)))
        {
            return (null, "the signature does not match the request (verify aksk signature fail).");
        }

        var projectId = request.Headers[SdkHeaders.ProjectId].ToString();
        return projectId.Length > 0 && !TenantIds.Same(projectId, tenant.TenantId)
            ? (null, "X-Project-Id is not the project of the access key.")
            : (tenant, null);
    }

    /// <summary>The signed <c>X-Sdk-Content-Sha256</c> if sent (e.g. <c>UNSIGNED-PAYLOAD</c>), else the SHA-256 of the body, which stays readable for the endpoint.</summary>
    private static async Task<string> PayloadHashAsync(HttpRequest request)
    {
        if (request.Headers.TryGetValue(SdkHeaders.ContentSha256, out var declared))
        {
            return declared.ToString();
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return CanonicalRequest.PayloadHash(body.ToArray());
    }
}
