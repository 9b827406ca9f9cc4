namespace PeeringContracts.Conformance.Model;

/// <summary>
/// What the model-based requirements may spend in one run (<c>PEERING_MODEL_*</c>): a budget a staging account survives.
/// The model requirements explore one after the other and each gets an equal share of the creates, operations and seconds.
/// </summary>
public sealed record ModelBudget(int MaxCreates, int MaxAlive, int MaxOperations, TimeSpan Time, string? ReplaySeed)
{
    /// <summary>How many requirements share the budget: REJ-045, REJ-046 and REJ-047.</summary>
    public const int Requirements = 3;

    /// <summary>The share of one model requirement (at least one create, one operation and one second).</summary>
    public ModelBudget Share() => this with
    {
        MaxCreates = Math.Max(1, MaxCreates / Requirements),
        MaxOperations = Math.Max(1, MaxOperations / Requirements),
        Time = Time / Requirements < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Time / Requirements,
    };
}
