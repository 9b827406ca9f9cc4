using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;

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

    /// <summary>8 KiB: the header size common servers and gateways still accept, so the provider, not its parser, answers.</summary>
    private const int OverlongTokenLength = 8 * 1024;

    public override InputDimension<ApiRequest> NearMisses(ApiRequest request, string noise) => new("X-Auth-Token forms that are no tenant's",
    [
        new("an empty X-Auth-Token", request with { TokenOverride = string.Empty }),
        new("an X-Auth-Token of spaces", request with { TokenOverride = "   " }),
        new("the token without its last character", request with { TokenOverride = Token[..^1] }),
        new("the token with a character appended", request with { TokenOverride = Token + noise[0] }),
        new("the token after \"Bearer \"", request with { TokenOverride = "Bearer " + Token }),
        new("an X-Auth-Token of 8 KiB", request with { TokenOverride = string.Concat(Enumerable.Repeat(noise, (OverlongTokenLength / noise.Length) + 1))[..OverlongTokenLength] }),
    ]);
}
