using PeeringContracts.Client;

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
}
