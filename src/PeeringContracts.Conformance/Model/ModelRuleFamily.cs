namespace PeeringContracts.Conformance.Model;

/// <summary>The two families of model rules, each judged by its own requirement: REJ-045 (what writes answer and the
/// state they leave) and REJ-046 (who sees what in show and list, and under which filters).</summary>
public enum ModelRuleFamily
{
    Writes,
    Reads,
}
