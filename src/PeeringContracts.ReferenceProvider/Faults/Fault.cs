namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>A named, switchable deviation from the contract: its category, what it breaks, and what it changes. Which
/// requirements of the conformance suite must catch it is the suite's own knowledge, held by its self-test.</summary>
public sealed record Fault(string Name, string Category, string Breaks)
{
    /// <summary>The catalogue file the fault is declared in, which places it in the catalogue.</summary>
    internal FaultKind Kind { get; init; }

    /// <summary>What the fault changes, made once for each provider that runs it (a hook may keep state, such as the
    /// peerings deleted so far).</summary>
    internal Func<FaultRun, FaultHooks> Hooks { get; init; } = _ => FaultHooks.None;
}
