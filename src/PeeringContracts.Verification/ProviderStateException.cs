namespace PeeringContracts.Verification;

/// <summary>A provider state that could not be set up: unknown, not servable by the fixture strategy, or refused by the provider.</summary>
public sealed class ProviderStateException(string message) : Exception(message);
