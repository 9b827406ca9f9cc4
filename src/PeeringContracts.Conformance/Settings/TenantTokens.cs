namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// The <c>X-Auth-Token</c> of each tenant the run plays, as a Pact provider state hands it to the verifier (with key
/// pairs: the signing proxy's stand-ins); null where the tenant is not given.
/// </summary>
public sealed record TenantTokens(string Accepter, string? Requester, string? Outsider)
{
    // The generated ToString would print the tokens.
    public override string ToString() =>
        $"TenantTokens {{ Accepter = ***, Requester = {(Requester is null ? "(none)" : "***")}, Outsider = {(Outsider is null ? "(none)" : "***")} }}";
}
