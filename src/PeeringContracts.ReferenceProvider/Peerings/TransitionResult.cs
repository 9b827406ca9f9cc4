namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>What a transition did; <see cref="Peering"/> is the new record when done, the unchanged one on a refusal,
/// and null when the peering does not exist. <see cref="Before"/> is the record a done transition replaced.</summary>
internal sealed record TransitionResult(TransitionOutcome Outcome, PeeringRecord? Peering, PeeringRecord? Before = null);
