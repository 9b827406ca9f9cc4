using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>A peering about to be shown (<see cref="IsShow"/>) or listed to a caller: what <see cref="FaultHooks.Read"/> sees.</summary>
internal sealed record PeeringRead(PeeringRecord Peering, TenantAccount Caller, bool IsShow);
