namespace PeeringContracts.ReferenceProvider.Quirks;

/// <summary>A named, switchable behaviour that is unusual but allowed: what it allows, and the fact (with its source
/// and level) that allows it. The conformance suite must not flag any of them.</summary>
public sealed record Quirk(string Name, string Allows, string Source);
