using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>A reject after its transition, with the provider's own two answers (the successful reject's, the
/// refusal's): what <see cref="FaultHooks.AfterReject"/> sees.</summary>
internal sealed record RejectOutcome(
    HttpContext Http,
    PeeringStore Store,
    QuirkSwitches Quirks,
    Guid Id,
    TenantAccount Caller,
    TransitionResult Result,
    Func<PeeringRecord, IResult> AnswerRejected,
    Func<TransitionResult, IResult> Refuse);
