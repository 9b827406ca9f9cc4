namespace PeeringContracts.Conformance.Settings;

/// <summary><c>provider-state</c>: peerings set up by the provider's Pact-style state endpoint.</summary>
public sealed record ProviderStateFixtureSource(Uri StateUrl) : FixtureSource;
