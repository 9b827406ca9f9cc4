using PeeringContracts.Signing;
using RestSharp;
using RestSharp.Authenticators;

namespace PeeringContracts.Client;

/// <summary>
/// Signs a request as the official SDK does (<c>AKSKSigner.js</c> of <c>@huaweicloud/huaweicloud-sdk-core</c>): adds
/// <c>X-Project-Id</c>, <c>X-Sdk-Date</c> and <c>Authorization: SDK-HMAC-SHA256 …</c>, signing the content type (when
/// sent), host, project id and date; like the SDK, a body that is not <c>application/json</c> goes as an unsigned payload.
/// </summary>
public sealed class AkSkAuthenticator(AkSkCredentials credentials, DateTimeOffset signingTime) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var url = client.BuildUri(request);
        var date = SdkSigningDate.Of(signingTime);
        var contentType = request.Parameters.GetParameters<HeaderParameter>()
            .FirstOrDefault(header => header.Name!.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value as string;
        var unsignedPayload = contentType is not null && !contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        var added = new List<KeyValuePair<string, string>> { new(SdkHeaders.ProjectId, credentials.ProjectId), new(SdkSigningDate.Header, date) };
        if (unsignedPayload)
        {
            added.Add(new(SdkHeaders.ContentSha256, SdkHeaders.UnsignedPayload));
        }

        List<KeyValuePair<string, string>> signed = [.. added, new("host", url.Authority)];
        if (contentType is not null)
        {
            signed.Add(new("content-type", contentType));
        }

        var body = request.Parameters.OfType<BodyParameter>().FirstOrDefault()?.Value as string;
        var payloadHash = unsignedPayload ? SdkHeaders.UnsignedPayload : CanonicalRequest.PayloadHash(body);
        var canonical = CanonicalRequest.Build(request.Method.ToString(), url.AbsolutePath, url.Query, signed, payloadHash);
        var signature = SdkSignature.Compute(credentials.SecretKey, date, canonical);
        var signedNames = CanonicalRequest.SignedHeaderNames(signed.Select(header => header.Key));
        added.Add(new("Authorization", SdkSignature.Authorization(credentials.AccessKey, signedNames, signature)));
        foreach (var (name, value) in added)
        {
            request.AddOrUpdateHeader(name, value);
        }

        return ValueTask.CompletedTask;
    }
}
