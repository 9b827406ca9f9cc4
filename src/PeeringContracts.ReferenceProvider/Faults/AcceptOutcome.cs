using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>An accept after its transition: what <see cref="FaultHooks.AfterAccept"/> sees.</summary>
internal sealed record AcceptOutcome(PeeringStore Store, Guid Id, string TenantId, TransitionResult Result);
