using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>The target broke the requirement under test: what was expected, what came, and the exchange that showed it.</summary>
public sealed class RequirementFailedException(string expected, string actual, PeeringExchange? exchange = null)
    : Exception($"expected {expected}, got {actual}")
{
    public string Expected { get; } = expected;
    public string Actual { get; } = actual;
    public PeeringExchange? Exchange { get; } = exchange;
}
