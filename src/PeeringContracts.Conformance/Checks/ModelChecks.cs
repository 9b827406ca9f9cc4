using PeeringContracts.Conformance.Model;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// The model-based requirements: generated sequences of operations by the three tenants, each answer compared with the
/// executable model of the documented API (<see cref="ModelRules"/>), shrunk by CsCheck to the shortest failing sequence.
/// A SHOULD each: the model holds documented rules (each M- rule names its level) and inferred ones.
/// </summary>
internal static class ModelChecks
{
    public static readonly ConformanceCheck WritesFollowTheModel = new(
        new Requirement("REJ-045", Should, RequirementCategory.Model,
            "Generated sequences of creates, accepts, rejects, updates and deletes by the requesting, accepting and an unrelated tenant are answered as the model's transition rules (M-01 to M-12) say, and after the settle window both sides read the state the answers promised.",
            "the model of the documented API (src/PeeringContracts.Conformance/Model): [SEED], [OTC], [SDK-GO], [TF] and the facts' inferred rules, each M- rule naming its own"),
        context => ModelExploration.RunAsync(context, ModelRuleFamily.Writes, TransitionTable.Documented));

    public static readonly ConformanceCheck ReadsFollowTheModel = new(
        new Requirement("REJ-046", Should, RequirementCategory.Model,
            "Within generated sequences, every show and list (with and without a status filter) by each tenant shows exactly the peerings the model says it may see, with their documented fields (M-20 to M-24), within the settle window.",
            "the model of the documented API (src/PeeringContracts.Conformance/Model): [OTC] show and list, [SDK-GO] status filter, the facts' isolation rules"),
        context => ModelExploration.RunAsync(context, ModelRuleFamily.Reads, TransitionTable.Documented));

    public static readonly ConformanceCheck OperationsAtOnceLinearize = new(
        new Requirement("REJ-047", Should, RequirementCategory.Model,
            "A few operations sent at once on one peering by different tenants (accept, reject, update, delete, show), after a few sent in turn, answer and leave the peering as some sequential order of them would under the model (M-30): CsCheck's parallel mode tries every order the threads allow.",
            "the model of the documented API (src/PeeringContracts.Conformance/Model): M-30, linearizability; generalizes REJ-022 and REJ-033"),
        context => ModelExploration.RunInParallelAsync(context, TransitionTable.Documented));
}
