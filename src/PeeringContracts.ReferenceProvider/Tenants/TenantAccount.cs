namespace PeeringContracts.ReferenceProvider.Tenants;

/// <summary>A tenant of the reference provider: who it is (<paramref name="Role"/>: "requester", "accepter" or
/// "outsider"), the <c>X-Auth-Token</c> that authenticates it, its tenant id (which is also its project id, sent as
/// <c>X-Project-Id</c> by signing clients) and the one VPC it owns. With <see cref="AccessKey"/> and
/// <see cref="SecretKey"/> it also authenticates by SDK-HMAC-SHA256 signature.</summary>
public sealed record TenantAccount(string Role, string Token, string TenantId, string VpcId)
{
    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    // The generated ToString would print the credentials, which configuration may have set to real ones.
    public override string ToString() =>
        $"TenantAccount {{ Role = {Role}, Token = ***, TenantId = {TenantId}, VpcId = {VpcId}, AccessKey = {(AccessKey is null ? "(none)" : "***")} }}";
}
