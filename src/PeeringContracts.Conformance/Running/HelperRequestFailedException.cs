using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>A request a check makes only to read the outcome (not the one its requirement judges) got an answer it
/// cannot read: the target is broken there, but the requirement was not judged.</summary>
public sealed class HelperRequestFailedException(string problem, PeeringExchange exchange) : Exception(problem)
{
    public PeeringExchange Exchange { get; } = exchange;
}
