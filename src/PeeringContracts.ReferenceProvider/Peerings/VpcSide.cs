namespace PeeringContracts.ReferenceProvider.Peerings;

internal sealed record VpcSide(string VpcId, string TenantId);
