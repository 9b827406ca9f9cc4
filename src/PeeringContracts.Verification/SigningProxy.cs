using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Loopback;

namespace PeeringContracts.Verification;

/// <summary>
/// With key pairs (<c>PEERING_AUTH=aksk</c>) the Pact verifier cannot sign its requests, so it sends them here, on
/// 127.0.0.1, carrying a stand-in token that a provider state handed it (<see cref="StandIns"/>). The proxy sends each
/// on to the target signed (SDK-HMAC-SHA256) with the key pair of the tenant its stand-in names; a request without a
/// stand-in goes on unsigned, with whatever token it carries. It answers with the target's status, Content-Type and body.
/// </summary>
public sealed class SigningProxy : IAsyncDisposable
{
    private const string TokenHeader = "X-Auth-Token";

    private readonly Dictionary<string, PeeringApiClient> signers;
    private readonly PeeringApiClient unsigned;
    private LoopbackHost? host;

    private SigningProxy(TargetTenants tenants, Uri targetUrl, TimeSpan timeout)
    {
        StandIns = new TenantTokens(
            StandIn(tenants.Accepter), tenants.Requester is { } requester ? StandIn(requester) : null, tenants.Outsider is { } outsider ? StandIn(outsider) : null);
        signers = tenants.All.ToDictionary(StandIn, tenant => new PeeringApiClient(tenant.ClientOptions(targetUrl, timeout)), StringComparer.Ordinal);
        unsigned = new PeeringApiClient(new PeeringClientOptions(targetUrl, Token: null, timeout));
    }

    /// <summary>Where the verifier sends the contract's requests.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The tokens the provider states hand the verifier in place of each tenant's: names, not secrets.</summary>
    public TenantTokens StandIns { get; }

    public static async Task<SigningProxy> StartAsync(TargetTenants tenants, Uri targetUrl, TimeSpan timeout)
    {
        var proxy = new SigningProxy(tenants, targetUrl, timeout);
        proxy.host = await LoopbackHost.StartAsync(web => web.Run(proxy.ForwardAsync));
        proxy.BaseUrl = proxy.host.BaseUrl;
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        foreach (var signer in signers.Values)
        {
            signer.Dispose();
        }

        unsigned.Dispose();
    }

    private static string StandIn(TenantCredentials tenant) => $"signed-as-the-{tenant.Variables.Role.Replace(' ', '-')}";

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var token = request.Headers[TokenHeader].ToString();
        var forwarded = new ApiRequest(new HttpMethod(request.Method), context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget)
        {
            JsonBody = body.Length == 0 ? null : body,
            ContentType = request.ContentType,
        };
        try
        {
            var exchange = signers.TryGetValue(token, out var signer)
                ? await signer.SendAsync(forwarded, cancellationToken)
                : await unsigned.SendAsync(forwarded with { TokenOverride = token.Length == 0 ? null : token }, cancellationToken);
            context.Response.StatusCode = exchange.StatusCode;
            context.Response.ContentType = exchange.ContentType;
            await context.Response.WriteAsync(exchange.Body, cancellationToken);
        }
        catch (PeeringTransportException noAnswer)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"The signing proxy got no answer from the target: {noAnswer.Message}", cancellationToken);
        }
    }
}
