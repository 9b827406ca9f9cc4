namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// The provider-state names shared by the Pact contracts, the reference provider and this suite. A provider that offers
/// a state endpoint (<c>PEERING_PROVIDER_STATE_URL</c>) must understand them.
/// </summary>
public static class ProviderStates
{
    public const string PendingPeering = "a pending peering request";
    public const string ActivePeering = "an active peering";
}
