namespace PeeringContracts.ReferenceProvider;

/// <summary>A tenant of the reference provider: who it is (<paramref name="Role"/>: "requester", "accepter" or
/// "outsider"), the <c>X-Auth-Token</c> that authenticates it, its tenant id and the one VPC it owns.</summary>
public sealed record TenantAccount(string Role, string Token, string TenantId, string VpcId);
