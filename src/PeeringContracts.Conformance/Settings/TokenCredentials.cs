using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Settings;

/// <summary>A tenant that authenticates with an IAM token sent as <c>X-Auth-Token</c>.</summary>
public sealed record TokenCredentials(TenantVariables Variables, string Token) : TenantCredentials(Variables)
{
    public override string Variable => Variables.Token;

    public override IReadOnlyList<string> Secrets => [Token];

    public override string Refused => "this token";

    public override PeeringClientOptions ClientOptions(Uri baseUrl, TimeSpan timeout) => new(baseUrl, Token, timeout);
}
