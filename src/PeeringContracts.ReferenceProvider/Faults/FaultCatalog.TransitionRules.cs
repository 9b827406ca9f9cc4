using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of the transition rules: who may accept or reject from which status, and how the change is written.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault RejectFromActive = TransitionRuleFault(
        new("reject-from-active", "state", "An ACTIVE peering can be rejected (200, becomes REJECTED)."),
        new() { RejectRule = rule => rule with { From = [.. rule.From, StoredStatus.Active] } });

    public static readonly Fault AcceptAfterReject = TransitionRuleFault(
        new("accept-after-reject", "state", "A REJECTED peering can be accepted (200, becomes ACTIVE)."),
        new() { AcceptRule = rule => rule with { From = [.. rule.From, StoredStatus.Rejected] } });

    public static readonly Fault StatusNotPersisted = TransitionRuleFault(
        new("status-not-persisted", "state", "Reject answers REJECTED but the peering stays PENDING_ACCEPTANCE."),
        new() { RejectRule = rule => rule with { Persist = false } });

    public static readonly Fault RejectClearsDescription = TransitionRuleFault(
        new("reject-clears-description", "state", "A reject stores the peering without its `description`: the answer, show and list no longer carry it."),
        new() { RejectRule = rule => rule with { KeepsDescription = false } });

    public static readonly Fault RaceBothSucceed = TransitionRuleFault(
        new("race-both-succeed", "concurrency", "Accept and reject check, then write without a guard (each waits for a rival): under a race both answer 200."),
        new() { AcceptRule = rule => rule with { Unguarded = true }, RejectRule = rule => rule with { Unguarded = true } });

    public static readonly Fault ConcurrentReject500 = TransitionRuleFault(
        new("500-on-concurrent-reject", "concurrency", "Of two rejects of one pending peering that arrive together, the one whose write loses to the other answers 500 (each reject waits for a rival after its check); a later second reject gets 409."),
        new() { RejectRule = rule => rule with { FailsWhenOutrunBySame = true } });

    public static readonly Fault RejectRevivesConcurrentDelete = Declare(
        new("reject-revives-concurrent-delete", "concurrency", "The accepting tenant's reject and delete of one pending peering that arrive together both succeed, and the reject writes the peering back, REJECTED, after the delete removed it (each waits up to 5 s for the other after its check)."),
        FaultKind.TransitionRule,
        _ =>
        {
            var rendezvous = new DeleteRendezvous();
            return new()
            {
                RejectRule = rule => rule with { OverwritesAfter = rendezvous.RejectAsync },
                BeforeDelete = rendezvous.DeleteAsync,
                Deleted = rendezvous.Removed,
            };
        });

    public static readonly Fault RequesterCanReject = TransitionRuleFault(
        new("requester-can-reject", "isolation", "The requesting tenant can reject its own request."),
        new() { RejectRule = rule => rule with { Actors = rule.Actors | PeeringParty.Requester } });

    public static readonly Fault IdSpellingSkipsOwnership = TransitionRuleFault(
        new("id-spelling-skips-ownership", "isolation", "A reject whose id is spelled with upper-case letters skips the ownership check: the requesting tenant rejects with `/peerings/{ID}/reject`."),
        new()
        {
            AfterReject = outcome =>
            {
                if (outcome.Result is not { Outcome: TransitionOutcome.Forbidden, Peering: { Status: StoredStatus.PendingAcceptance } pending }
                    || outcome.Http.GetRouteValue("peeringId") is not string spelled || !spelled.Any(char.IsUpper))
                {
                    return null;
                }

                var rejected = pending with { Status = StoredStatus.Rejected, UpdatedAt = ApiClock.Now() };
                outcome.Store.Put(rejected);
                return outcome.AnswerRejected(rejected);
            },
        });

    public static readonly Fault OutsiderCanReject = TransitionRuleFault(
        new("outsider-can-reject", "isolation", "A tenant that is neither side can reject the peering."),
        new() { RejectRule = rule => rule with { Actors = rule.Actors | PeeringParty.Outsider } });

    public static readonly Fault RequesterAcceptsRejected = TransitionRuleFault(
        new("requester-accepts-rejected", "state", "The requesting tenant can accept a REJECTED peering (200, becomes ACTIVE); the accepting tenant cannot."),
        new()
        {
            AfterAccept = async outcome =>
                outcome.Result.Outcome == TransitionOutcome.Forbidden
                && await outcome.Store.TransitionAsync(outcome.Id, outcome.TenantId, RequesterAcceptsRejectedRule) is { Outcome: TransitionOutcome.Done } accepted
                    ? accepted
                    : outcome.Result,
        });

    public static readonly Fault RequesterCanAccept = TransitionRuleFault(
        new("requester-can-accept", "isolation", "The requesting tenant can accept its own pending request (200, becomes ACTIVE)."),
        new() { AcceptRule = rule => rule with { Actors = rule.Actors | PeeringParty.Requester } });

    private static TransitionRule RequesterAcceptsRejectedRule => TransitionRule.Accept with { Actors = PeeringParty.Requester, From = [StoredStatus.Rejected] };

    private static Fault TransitionRuleFault(Fault fault, FaultHooks hooks) => Declare(fault, FaultKind.TransitionRule, _ => hooks);
}
