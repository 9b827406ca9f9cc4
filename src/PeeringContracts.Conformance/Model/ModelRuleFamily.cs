namespace PeeringContracts.Conformance.Model;

/// <summary>The families of model rules, each judged by its own requirement: REJ-045 (what writes answer and the
/// state they leave), REJ-046 (who sees what in show and list, and under which filters) and REJ-047 (operations sent at
/// once answer as some sequential order would).</summary>
public enum ModelRuleFamily
{
    Writes,
    Reads,
    Concurrency,
}
