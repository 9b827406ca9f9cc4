using CsCheck;
using static PeeringContracts.Conformance.Model.ModelOperation;
using static PeeringContracts.Conformance.Model.TenantRole;

namespace PeeringContracts.Conformance.Model;

/// <summary>The operations a linearizability sample sends at once on one peering, weighted toward the accepting
/// tenant's decisions and the deletes that race them; the refused ones (the requester's and the outsider's) and the
/// reads come less often.</summary>
internal static class ParallelSteps
{
    public static Gen<ParallelStep> Any { get; } = Gen.Frequency(
        (4, Gen.Const(new ParallelStep(Reject, Accepter))),
        (3, Gen.Const(new ParallelStep(Accept, Accepter))),
        (2, Gen.Const(new ParallelStep(Delete, Requester))),
        (2, Gen.Const(new ParallelStep(Delete, Accepter))),
        (1, Gen.Const(new ParallelStep(Update, Requester))),
        (1, Gen.Const(new ParallelStep(Reject, Requester))),
        (1, Gen.Const(new ParallelStep(Accept, Outsider))),
        (1, Gen.Const(new ParallelStep(Reject, Outsider))),
        (2, Gen.Const(new ParallelStep(Show, Requester))),
        (1, Gen.Const(new ParallelStep(Show, Accepter))));
}
