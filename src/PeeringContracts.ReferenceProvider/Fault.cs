namespace PeeringContracts.ReferenceProvider;

/// <summary>A named, switchable deviation from the contract: its category, what it breaks, and the requirements that
/// must catch it, each with the evidence that proves it saw this fault.</summary>
public sealed record Fault(string Name, string Category, string Breaks, IReadOnlyList<Detection> Detections)
{
    /// <summary>The ids of the requirements that must catch the fault, in catalogue order.</summary>
    public IReadOnlyList<string> CaughtBy { get; } = [.. Detections.Select(detection => detection.RequirementId)];
}
