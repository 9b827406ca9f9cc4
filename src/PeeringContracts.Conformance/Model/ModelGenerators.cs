using CsCheck;
using PeeringContracts.Client;
using static PeeringContracts.Conformance.Model.ModelOperation;

namespace PeeringContracts.Conformance.Model;

/// <summary>CsCheck generators of the model's sequences: a create, then operations by the three tenants on a small pool
/// of peerings (and on ids never issued), transitions weighted up so that short sequences reach every state. The
/// writes' requirement sends no show or list in the sequence (it reads everything after it); the reads' one does.</summary>
internal static class ModelGenerators
{
    /// <summary>How many of a sequence's peerings a step can pick from.</summary>
    public const int PoolSize = 3;

    public const int MaxLength = 10;

    /// <summary>No filter, then each documented status a list can be filtered by.</summary>
    public static readonly string?[] StatusFilters = [null, PeeringStatus.PendingAcceptance, PeeringStatus.Active, PeeringStatus.Rejected];

    private static readonly Gen<int> Target = Gen.Frequency((9, Gen.Int[0, PoolSize - 1]), (1, Gen.Const(ModelStep.UnknownTarget)));

    private static readonly ModelStep FirstCreate = new(Create, TenantRole.Requester, 0, null);

    public static Gen<ModelStep[]> Sequence(ModelRuleFamily family) => Step(family).Array[1, MaxLength - 1].Select(steps => (ModelStep[])[FirstCreate, .. steps]);

    private static Gen<ModelStep> Step(ModelRuleFamily family)
    {
        (int, IGen<ModelStep>)[] writes =
        [
            (1, Gen.Const(FirstCreate)),
            (3, Acting(Accept)),
            (3, Acting(Reject)),
            (1, Acting(Update)),
            (1, Acting(Delete)),
        ];
        (int, IGen<ModelStep>)[] reads =
        [
            (2, Acting(Show)),
            (2, Gen.Select(Gen.Enum<TenantRole>(), Gen.OneOf(StatusFilters), (role, status) => new ModelStep(List, role, 0, status))),
        ];
        return Gen.Frequency(family == ModelRuleFamily.Writes ? writes : [.. writes, .. reads]);
    }

    private static Gen<ModelStep> Acting(ModelOperation operation) =>
        Gen.Select(Gen.OneOf([.. operation == Show ? Enum.GetValues<TenantRole>() : TransitionTable.RolesFor(operation)]), Target,
            (role, target) => new ModelStep(operation, role, target, null));
}
