namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// <c>api</c>: peerings created through <c>POST /v2.0/vpc/peerings</c> as the requesting tenant, from its VPC to the
/// accepting tenant's VPC and tenant, all three named by the settings.
/// </summary>
public sealed record ApiFixtureSource(TenantCredentials Requester, string RequesterVpcId, string AccepterVpcId, string AccepterTenantId) : FixtureSource;
