using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>A peering prepared for a check, and what the target must say about it (name, VPC infos) when it is rejected.</summary>
public sealed record PeeringFixture(string Id, Peering Expected);
