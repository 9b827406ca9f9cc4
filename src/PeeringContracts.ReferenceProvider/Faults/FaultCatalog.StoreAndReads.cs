using System.Collections.Concurrent;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of the store and the reads: what a change writes besides its peering, and what show and list see.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault RequesterSeesPending = StoreAndReadFault(
        new("requester-sees-pending", "state", "After a reject, the requesting tenant's show and list still say PENDING_ACCEPTANCE."),
        _ => new()
        {
            Read = read => read.Peering.Status == StoredStatus.Rejected && read.Peering.PartyOf(read.Caller.TenantId) == PeeringParty.Requester
                ? read.Peering with { Status = StoredStatus.PendingAcceptance }
                : read.Peering,
        });

    public static readonly Fault StalePendingListing = StoreAndReadFault(
        new("stale-pending-listing", "state", "After a reject the peering is still listed under `status=PENDING_ACCEPTANCE` (a stale status index), showing status REJECTED."),
        _ => new()
        {
            AlsoLists = (filter, peering) => peering.Status == StoredStatus.Rejected && filter.Status == StoredStatus.PendingAcceptance
                && filter.Matches(peering with { Status = StoredStatus.PendingAcceptance }),
        });

    public static readonly Fault ActiveListingShowsRejected = StoreAndReadFault(
        new("active-listing-shows-rejected", "state", "The list filtered by `status=ACTIVE` also holds the REJECTED peerings, showing status REJECTED."),
        _ => new()
        {
            AlsoLists = (filter, peering) => peering.Status == StoredStatus.Rejected && filter.Status == StoredStatus.Active
                && filter.Matches(peering with { Status = StoredStatus.Active }),
        });

    public static readonly Fault RefusedRejectHalfApplied = StoreAndReadFault(
        new("refused-reject-half-applied", "isolation", "The requesting tenant's reject answers 403 but rejects the peering; every other show of it (the first included) still says PENDING_ACCEPTANCE."),
        _ => HidesRequesterRejects(show => show % 2 == 1));

    public static readonly Fault RefusedRejectAppliedLater = StoreAndReadFault(
        new("refused-reject-applied-later", "isolation", "The requesting tenant's reject answers 403 but is queued: the first 3 shows after it say PENDING_ACCEPTANCE, every later one REJECTED."),
        _ => HidesRequesterRejects(show => show <= ShowsHidingALaterReject));

    public static readonly Fault RejectOverwritesSiblings = StoreAndReadFault(
        new("reject-overwrites-siblings", "state", "A reject also writes its peering's `description` (and a new `updated_at`) onto every other REJECTED peering between the same two VPCs, as an update keyed on the VPC pair would."),
        _ => new() { AfterReject = OverwriteSiblings });

    public static readonly Fault RejectResurrectsDeleted = StoreAndReadFault(
        new("reject-resurrects-deleted", "state", "Rejecting a deleted peering answers the documented 404 but brings it back, REJECTED."),
        _ => RejectOfDeleted(stores: true, answers: false));

    public static readonly Fault DeletedRejectAnswers200 = StoreAndReadFault(
        new("deleted-reject-answers-200", "state", "Rejecting a deleted peering answers 200 with it REJECTED, though it stays deleted."),
        _ => RejectOfDeleted(stores: false, answers: true));

    public static readonly Fault RejectUnknownCreatesRecord = StoreAndReadFault(
        new("reject-unknown-creates-record", "state", "A reject of an id the provider never issued answers 404 but stores a REJECTED peering with that id, visible to the caller."),
        _ =>
        {
            var deletedIds = new ConcurrentDictionary<Guid, bool>();
            return new()
            {
                Deleted = peering => deletedIds[peering.Id] = true,
                AfterReject = outcome =>
                {
                    if (outcome.Result.Peering is null && !deletedIds.ContainsKey(outcome.Id))
                    {
                        outcome.Store.Put(InventedPeering.Rejected(outcome.Id, outcome.Caller));
                    }

                    return null;
                },
            };
        });

    public static readonly Fault RejectAppliesQueryStatus = StoreAndReadFault(
        new("reject-applies-query-status", "state", "A reject with a `status` query parameter stores that status (`?status=ACTIVE`: the peering becomes ACTIVE) and answers REJECTED (query parameters bound onto the record)."),
        _ => new()
        {
            AfterReject = outcome =>
            {
                if (outcome.Result is not { Outcome: TransitionOutcome.Done, Peering: { } rejected } || outcome.Http.Request.Query["status"].LastOrDefault() is not { Length: > 0 } status)
                {
                    return null;
                }

                outcome.Store.Put(rejected with { Status = status });
                return outcome.AnswerRejected(rejected);
            },
        });

    public static readonly Fault NamesMangledBeyondLatin1 = StoreAndReadFault(
        new("names-mangled-beyond-latin1", "semantics", "Show and list answer every character of `name` outside Latin-1 as `?` (a column in a single-byte encoding); create and reject echo the name as sent."),
        _ => new() { Read = read => read.Peering with { Name = string.Concat(read.Peering.Name.EnumerateRunes().Select(rune => rune.Value <= 0xFF ? rune.ToString() : "?")) } });

    public static readonly Fault RefusedAcceptTouchesUpdatedAt = StoreAndReadFault(
        new("refused-accept-touches-updated-at", "state", "An accept of a REJECTED peering is refused (409) but stamps its `updated_at` one second later, as if it had written."),
        _ => new()
        {
            AfterAccept = outcome =>
            {
                if (outcome.Result is { Outcome: TransitionOutcome.Conflict, Peering: { Status: StoredStatus.Rejected } refused })
                {
                    outcome.Store.Put(refused with { UpdatedAt = refused.UpdatedAt.AddSeconds(1) });
                }

                return Task.FromResult(outcome.Result);
            },
        });

    /// <summary>With <c>refused-reject-applied-later</c>, how many shows after the refused reject still hide it: as many
    /// reads as a careful client makes after a settle window to see that nothing changed.</summary>
    private const int ShowsHidingALaterReject = 3;

    private static Fault StoreAndReadFault(Fault fault, Func<FaultRun, FaultHooks> hooks) => Declare(fault, FaultKind.StoreAndRead, hooks);

    /// <summary>A requester's reject goes through but is answered 403, and shows hide the change while
    /// <paramref name="showsBefore"/> says so for the n-th show after it.</summary>
    private static FaultHooks HidesRequesterRejects(Func<int, bool> showsBefore)
    {
        var reads = new HiddenChangeReads(showsBefore);
        return new()
        {
            RejectRule = rule => rule with { Actors = rule.Actors | PeeringParty.Requester },
            AfterReject = outcome =>
            {
                if (outcome.Result.Before is not { } before || before.PartyOf(outcome.Caller.TenantId) != PeeringParty.Requester)
                {
                    return null;
                }

                reads.Remember(before);
                return outcome.Refuse(outcome.Result with { Outcome = TransitionOutcome.Forbidden });
            },
            Read = read => read.IsShow ? reads.Read(read.Peering) : read.Peering,
        };
    }

    /// <summary>Writes the description of the peering just rejected onto every other REJECTED peering between the same two VPCs.</summary>
    private static IResult? OverwriteSiblings(RejectOutcome outcome)
    {
        if (outcome.Result is not { Outcome: TransitionOutcome.Done, Peering: { } peering })
        {
            return null;
        }

        var siblings = outcome.Store.InIdOrder()
            .Where(other => other.Id != peering.Id && other.Status == StoredStatus.Rejected && other.Connects(peering.RequestVpc.VpcId, peering.AcceptVpc.VpcId))
            .ToList();
        foreach (var sibling in siblings)
        {
            outcome.Store.Update(sibling.Id, other => other with { Description = peering.Description });
        }

        return null;
    }

    /// <summary>The reject of a peering deleted earlier in the run finds it again, REJECTED: <paramref name="stores"/>
    /// puts it back in the store, <paramref name="answers"/> answers 200 with it instead of the clean 404.</summary>
    private static FaultHooks RejectOfDeleted(bool stores, bool answers)
    {
        var deleted = new ConcurrentDictionary<Guid, PeeringRecord>();
        return new()
        {
            Deleted = peering => deleted[peering.Id] = peering,
            AfterReject = outcome =>
            {
                if (outcome.Result.Peering is not null || !deleted.TryRemove(outcome.Id, out var gone))
                {
                    return null;
                }

                var found = gone with { Status = StoredStatus.Rejected, UpdatedAt = ApiClock.Now() };
                if (stores)
                {
                    outcome.Store.Put(found);
                }

                return answers ? outcome.AnswerRejected(found) : null;
            },
        };
    }
}
