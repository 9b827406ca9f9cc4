using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Model;

/// <summary>The states of one peering in the model: the documented statuses it can have through the operations the
/// model drives ([SEED], [SDK-GO] status enum), before its create, and once deleted.</summary>
public enum ModelState
{
    NotCreated,
    PendingAcceptance,
    Active,
    Rejected,
    Deleted,
}

/// <summary>How the API names the states that a read shows.</summary>
public static class ModelStates
{
    /// <summary>The live states, those a show of a party returns.</summary>
    public static IReadOnlyList<ModelState> Live { get; } = [ModelState.PendingAcceptance, ModelState.Active, ModelState.Rejected];

    /// <summary>The documented status word of a live state or of <see cref="ModelState.Deleted"/>; null before the create.</summary>
    public static string? StatusWord(this ModelState state) => state switch
    {
        ModelState.PendingAcceptance => PeeringStatus.PendingAcceptance,
        ModelState.Active => PeeringStatus.Active,
        ModelState.Rejected => PeeringStatus.Rejected,
        ModelState.Deleted => PeeringStatus.Deleted,
        _ => null,
    };

    public static bool IsLive(this ModelState state) => Live.Contains(state);
}
