namespace PeeringContracts.Conformance.Model;

/// <summary>
/// What the model-based requirements may spend in one run (<c>PEERING_MODEL_*</c>): a budget a staging account survives.
/// The two model requirements explore one after the other and each gets half of the creates, operations and seconds.
/// </summary>
public sealed record ModelBudget(int MaxCreates, int MaxAlive, int MaxOperations, TimeSpan Time, string? ReplaySeed)
{
    /// <summary>The share of one of the two model requirements (at least one create, one operation and one second).</summary>
    public ModelBudget Half() => this with
    {
        MaxCreates = Math.Max(1, MaxCreates / 2),
        MaxOperations = Math.Max(1, MaxOperations / 2),
        Time = Time / 2 < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Time / 2,
    };
}
