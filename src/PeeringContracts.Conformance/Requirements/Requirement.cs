namespace PeeringContracts.Conformance.Requirements;

/// <summary>
/// One checkable promise of the reject operation. The id is stable: a provider team looks a failure up by it, and a
/// rename of the sentence never loses it.
/// </summary>
public sealed record Requirement(string Id, RequirementLevel Level, string Category, string Sentence, string Source)
{
    public string LevelWord => Level == RequirementLevel.Must ? "MUST" : "SHOULD";

    public override string ToString() => $"{Id} [{LevelWord}] {Sentence}";
}
