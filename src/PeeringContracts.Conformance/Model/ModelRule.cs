using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Model;

/// <summary>One rule of the executable model, like a requirement: a stable id (<c>M-01</c> …), its family, a level
/// (MUST documented, SHOULD inferred), one sentence and its source.</summary>
public sealed record ModelRule(string Id, ModelRuleFamily Family, RequirementLevel Level, string Sentence, string Source)
{
    public override string ToString() => $"{Id} [{(Level == RequirementLevel.Must ? "MUST" : "SHOULD")}] {Sentence}";
}
