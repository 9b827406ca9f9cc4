namespace PeeringContracts.ReferenceProvider.Peerings;

internal sealed record VpcInfo(string VpcId, string TenantId);
