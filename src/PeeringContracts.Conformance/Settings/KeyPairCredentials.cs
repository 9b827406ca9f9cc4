using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;

namespace PeeringContracts.Conformance.Settings;

/// <summary>A tenant that signs every request (SDK-HMAC-SHA256) with an access key and secret key, in its project.</summary>
public sealed record KeyPairCredentials(TenantVariables Variables, AkSkCredentials Keys) : TenantCredentials(Variables)
{
    public override string Variable => Variables.AccessKey;

    public override IReadOnlyList<NamedSecret> NamedSecrets => [new(Variables.AccessKey, Keys.AccessKey), new(Variables.SecretKey, Keys.SecretKey)];

    public override string Refused => $"the signature made with this access key, {Variables.SecretKey} and {Variables.ProjectId}";

    public override PeeringClientOptions ClientOptions(Uri baseUrl, TimeSpan timeout) => new(baseUrl, Token: null, timeout) { AkSk = Keys };

    public override AuthProbe Unauthenticated(ApiRequest request) =>
        new("unsigned (no Authorization, X-Sdk-Date or X-Project-Id)", request with { OmitSignature = true }, Secret: null);

    public override AuthProbe WronglyAuthenticated(ApiRequest request, string wrongSecret) =>
        new("signed with the accepting tenant's access key and a wrong secret key", request with { AkSkOverride = Keys with { SecretKey = wrongSecret } }, wrongSecret);

    /// <summary>Beyond the 15 minutes a signature's X-Sdk-Date may differ from the gateway's clock.</summary>
    private static readonly TimeSpan OutsideSigningWindow = TimeSpan.FromMinutes(20);

    public override InputDimension<ApiRequest> NearMisses(ApiRequest request, string noise) => new("signatures that are no tenant's",
    [
        new("signed with an access key no tenant holds", request with { AkSkOverride = Keys with { AccessKey = noise } }),
        new("signed with the access key without its last character", request with { AkSkOverride = Keys with { AccessKey = Keys.AccessKey[..^1] } }),
        new("signed with an empty secret key", request with { AkSkOverride = Keys with { SecretKey = string.Empty } }),
        new("signed 20 minutes ago", request with { SigningTimeOverride = DateTimeOffset.UtcNow - OutsideSigningWindow }),
        new("signed 20 minutes ahead", request with { SigningTimeOverride = DateTimeOffset.UtcNow + OutsideSigningWindow }),
    ]);
}
