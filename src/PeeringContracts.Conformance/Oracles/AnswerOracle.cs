using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>
/// A rule that holds for every answer of the API, judged over every exchange of a run: fixtures, reads, the audit and
/// cleanup included. A new instance judges each run, so a rule may remember what earlier answers said.
/// </summary>
public abstract class AnswerOracle
{
    public abstract Requirement Requirement { get; }

    /// <summary>What every judged answer must be, in the words of the failure's "expected".</summary>
    public abstract string Expectation { get; }

    /// <summary>Whether the rule speaks of this exchange at all (it counts as judged).</summary>
    public virtual bool Judges(ObservedExchange observed) => true;

    /// <summary>How the exchange breaks the rule, or null when it keeps it.</summary>
    public abstract string? Violation(ObservedExchange observed);
}
