namespace PeeringContracts.Client;

/// <summary>One side of a peering: <c>{"vpc_id", "tenant_id"}</c>.</summary>
public sealed record VpcInfo(string VpcId, string? TenantId = null);
