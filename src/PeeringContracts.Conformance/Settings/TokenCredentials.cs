using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Settings;

/// <summary>A tenant that authenticates with an IAM token sent as <c>X-Auth-Token</c>.</summary>
public sealed record TokenCredentials(TenantVariables Variables, string Token) : TenantCredentials(Variables)
{
    public override string Variable => Variables.Token;

    public override IReadOnlyList<NamedSecret> NamedSecrets => [new(Variables.Token, Token)];

    public override string Refused => "this token";

    public override PeeringClientOptions ClientOptions(Uri baseUrl, TimeSpan timeout) => new(baseUrl, Token, timeout);

    public override AuthProbe Unauthenticated(ApiRequest request) =>
        new("without X-Auth-Token", request with { OmitToken = true }, Secret: null);

    public override AuthProbe WronglyAuthenticated(ApiRequest request, string wrongSecret) =>
        new("with an X-Auth-Token no tenant holds", request with { TokenOverride = wrongSecret }, wrongSecret);
}
