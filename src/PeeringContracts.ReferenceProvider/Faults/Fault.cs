namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>A named, switchable deviation from the contract: its category, what it breaks, and the requirements that
/// must catch it, each with the evidence that proves it saw this fault.</summary>
public sealed record Fault(string Name, string Category, string Breaks, IReadOnlyList<Detection> Detections)
{
    /// <summary>The ids of the requirements that must catch the fault, in catalogue order.</summary>
    public IReadOnlyList<string> CaughtBy { get; } = [.. Detections.Select(detection => detection.RequirementId)];

    /// <summary>The catalogue file the fault is declared in, which places it in the catalogue.</summary>
    internal FaultKind Kind { get; init; }

    /// <summary>What the fault changes, made once for each provider that runs it (a hook may keep state, such as the
    /// peerings deleted so far).</summary>
    internal Func<FaultRun, FaultHooks> Hooks { get; init; } = _ => FaultHooks.None;
}
