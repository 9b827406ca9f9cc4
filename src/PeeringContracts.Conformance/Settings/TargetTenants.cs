namespace PeeringContracts.Conformance.Settings;

/// <summary>The tenants the run plays: the accepting one always, the requesting and the outsider one where given.</summary>
public sealed record TargetTenants(TenantCredentials Accepter, TenantCredentials? Requester, TenantCredentials? Outsider)
{
    /// <summary>Every tenant given, the accepting one first.</summary>
    public IReadOnlyList<TenantCredentials> All => new[] { Accepter, Requester, Outsider }.OfType<TenantCredentials>().ToList();

    /// <summary>Every token or key the tenants send: no answer, log or report may repeat one.</summary>
    public IReadOnlyList<string> Secrets => All.SelectMany(tenant => tenant.Secrets).ToList();

    /// <summary>The same, each with the variable that gives it.</summary>
    public IReadOnlyList<NamedSecret> NamedSecrets => All.SelectMany(tenant => tenant.NamedSecrets).ToList();

    /// <summary>The tokens, when the tenants authenticate by token; null when they sign with key pairs.</summary>
    public TenantTokens? Tokens => Accepter is TokenCredentials accepter
        ? new TenantTokens(accepter.Token, (Requester as TokenCredentials)?.Token, (Outsider as TokenCredentials)?.Token)
        : null;

    // The generated ToString would list the secrets.
    public override string ToString() => $"TargetTenants {{ Accepter = {Accepter}, Requester = {Requester?.ToString() ?? "(none)"}, Outsider = {Outsider?.ToString() ?? "(none)"} }}";
}
