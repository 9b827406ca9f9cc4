namespace PeeringContracts.Conformance.Settings;

/// <summary>The <c>X-Auth-Token</c> of each tenant the run plays; null where the setting is not given.</summary>
public sealed record TenantTokens(string Accepter, string? Requester, string? Outsider)
{
    public IReadOnlyList<string> All => new[] { Accepter, Requester, Outsider }.OfType<string>().ToList();

    // The generated ToString would print the tokens.
    public override string ToString() =>
        $"TenantTokens {{ Accepter = ***, Requester = {(Requester is null ? "(none)" : "***")}, Outsider = {(Outsider is null ? "(none)" : "***")} }}";
}
