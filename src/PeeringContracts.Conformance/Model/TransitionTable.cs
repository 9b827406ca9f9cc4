using static PeeringContracts.Conformance.Model.ModelOperation;
using static PeeringContracts.Conformance.Model.ModelState;
using static PeeringContracts.Conformance.Model.TenantRole;
using static PeeringContracts.Conformance.Model.WriteOutcome;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// The effect of each write (accept, reject, update, delete) per tenant role and state, as the documentation and the
/// facts' inferred rules give it (<see cref="ModelRules"/>). A peering id never issued is judged as a deleted one.
/// The accepting tenant's update is not documented either way, so the model never sends it.
/// </summary>
public sealed class TransitionTable
{
    /// <summary>The model's one choice for every update: whether the provider offers update at all.</summary>
    public const string UpdateOffered = "whether the provider offers update";

    private static readonly ModelState[] States = [PendingAcceptance, Active, Rejected, Deleted];

    private readonly Dictionary<(ModelOperation, TenantRole, ModelState), WriteOutcome> entries;

    private TransitionTable(Dictionary<(ModelOperation, TenantRole, ModelState), WriteOutcome> entries) => this.entries = entries;

    /// <summary>The documented model.</summary>
    public static TransitionTable Documented { get; } = new(
        (from operation in new[] { Accept, Reject, Update, Delete }
         from role in Enum.GetValues<TenantRole>()
         where operation != Update || role != Accepter
         from state in States
         select (Key: (operation, role, state), Outcome: DocumentedOutcome(operation, role, state)))
        .ToDictionary(entry => entry.Key, entry => entry.Outcome));

    /// <summary>The roles that send <paramref name="operation"/> in the model.</summary>
    public static IReadOnlyList<TenantRole> RolesFor(ModelOperation operation) =>
        operation switch
        {
            Create => [Requester],
            Update => [Requester, Outsider],
            _ => Enum.GetValues<TenantRole>(),
        };

    public WriteOutcome For(ModelOperation operation, TenantRole role, ModelState state) =>
        entries.TryGetValue((operation, role, state.IsLive() ? state : Deleted), out var outcome)
            ? outcome
            : throw new ArgumentOutOfRangeException(nameof(operation), $"the model sends no {operation} by the {role}");

    /// <summary>This table with one entry replaced: how a self-test proves that a wrong rule turns a run red.</summary>
    public TransitionTable With(ModelOperation operation, TenantRole role, ModelState state, WriteOutcome outcome) =>
        new(new Dictionary<(ModelOperation, TenantRole, ModelState), WriteOutcome>(entries) { [(operation, role, state)] = outcome });

    private static WriteOutcome DocumentedOutcome(ModelOperation operation, TenantRole role, ModelState state) => (operation, role, state) switch
    {
        (Update, _, Deleted) => Refuse(ModelRules.GoneIsNotFound, 404, 405, 501),
        (_, _, Deleted) => Refuse(ModelRules.GoneIsNotFound, 404),
        (Update, Requester, _) => Either(ModelRules.RequesterUpdates, state, 404, 405, 501) with { Choice = UpdateOffered },
        (Update, Outsider, _) => Refuse(ModelRules.OnlyTheAccepterDecides, 403, 404, 405, 501),
        (Delete, Outsider, _) => Refuse(ModelRules.OnlyTheAccepterDecides, 403, 404),
        (Delete, _, _) => Perform(ModelRules.PartiesDelete, Deleted),
        (_, Outsider, _) => Refuse(ModelRules.OnlyTheAccepterDecides, 403, 404),
        (_, Requester, PendingAcceptance) => Refuse(ModelRules.OnlyTheAccepterDecides, 403, 404),
        (_, Requester, _) => Refuse(ModelRules.OnlyTheAccepterDecides, 400, 403, 404, 409),
        (Accept, Accepter, PendingAcceptance) => Perform(ModelRules.AccepterAccepts, Active),
        (Accept, Accepter, Active) => Either(ModelRules.ActiveAcceptIsHarmless, Active, 400, 409),
        (Accept, Accepter, _) => Refuse(ModelRules.RejectedStaysRejected, 400, 409),
        (Reject, Accepter, PendingAcceptance) => Perform(ModelRules.AccepterRejects, Rejected),
        (Reject, Accepter, Active) => Refuse(ModelRules.ActiveCannotBeRejected, 400, 409),
        (Reject, Accepter, _) => Either(ModelRules.RejectedStaysRejected, Rejected, 400, 409),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), $"no documented outcome for {operation} by the {role} of a {state} peering"),
    };
}
