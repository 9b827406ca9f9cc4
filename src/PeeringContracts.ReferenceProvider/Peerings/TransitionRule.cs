namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>
/// Who may move a peering from which statuses to which one. <see cref="Persist"/> false answers the new state without
/// storing it; <see cref="Unguarded"/> replaces the compare-and-swap by check, wait for a rival, write;
/// <see cref="FailsWhenOutrunBySame"/> waits for a rival after the check and fails when the rival made the same change
/// first; <see cref="KeepsDescription"/> false drops the description with the move (all four are faults).
/// </summary>
internal sealed record TransitionRule(string Verb, PeeringParty Actors, IReadOnlyCollection<string> From, string To)
{
    public static TransitionRule Accept { get; } =
        new("accept", PeeringParty.Accepter, [StoredStatus.PendingAcceptance], StoredStatus.Active);

    public static TransitionRule Reject { get; } =
        new("reject", PeeringParty.Accepter, [StoredStatus.PendingAcceptance], StoredStatus.Rejected);

    public bool Persist { get; init; } = true;

    public bool Unguarded { get; init; }

    public bool KeepsDescription { get; init; } = true;

    public bool FailsWhenOutrunBySame { get; init; }

    /// <summary>Awaited after the check passed: true writes the move without the compare-and-swap, whatever happened
    /// meanwhile (the <c>reject-revives-concurrent-delete</c> fault).</summary>
    public Func<PeeringRecord, string, Task<bool>>? OverwritesAfter { get; init; }

    public TransitionOutcome Judge(PeeringRecord peering, string tenantId)
    {
        var party = peering.PartyOf(tenantId);
        if ((party & Actors) == 0)
        {
            return party == PeeringParty.Outsider ? TransitionOutcome.NotFound : TransitionOutcome.Forbidden;
        }

        return From.Contains(peering.Status) ? TransitionOutcome.Done : TransitionOutcome.Conflict;
    }
}
