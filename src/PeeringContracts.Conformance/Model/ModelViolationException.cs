using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Model;

/// <summary>An answer the model does not allow: the rule it broke, what the model expected, what came, and the exchange.</summary>
public sealed class ModelViolationException(ModelRule rule, string expected, string actual, PeeringExchange? exchange)
    : Exception($"{rule.Id}: expected {expected}, got {actual}")
{
    public ModelRule Rule { get; } = rule;
    public string Expected { get; } = expected;
    public string Actual { get; } = actual;
    public PeeringExchange? Exchange { get; } = exchange;
}
