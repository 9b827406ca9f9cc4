using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>
/// The target failed while the check prepared its peering (create, accept, show). The requirement could not be judged,
/// but a provider whose fixtures fail is broken: the check fails and says that the failure happened in preparation.
/// </summary>
public sealed class FixtureFailedException(string step, string problem, PeeringExchange? exchange = null)
    : Exception($"{step}: {problem}")
{
    public PeeringExchange? Exchange { get; } = exchange;
}
