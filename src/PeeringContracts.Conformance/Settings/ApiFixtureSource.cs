namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// <c>api</c>: peerings created through <c>POST /v2.0/vpc/peerings</c> as the requesting tenant, from its VPC to the
/// accepting tenant's (both VPC ids and the accepting tenant's id are then set: see <see cref="LiveTarget.Parties"/>).
/// </summary>
public sealed record ApiFixtureSource(TenantCredentials Requester) : FixtureSource;
