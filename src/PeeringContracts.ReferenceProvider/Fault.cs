namespace PeeringContracts.ReferenceProvider;

/// <summary>A named, switchable deviation from the contract: its category, what it breaks, and the ids of the
/// requirements that must catch it.</summary>
public sealed record Fault(string Name, string Category, string Breaks, IReadOnlyList<string> CaughtBy);
