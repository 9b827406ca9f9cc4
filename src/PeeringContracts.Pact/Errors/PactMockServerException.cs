namespace PeeringContracts.Pact.Errors;

/// <summary>The mock server that plays the provider could not start.</summary>
public sealed class PactMockServerException(string message) : PactException(message);
