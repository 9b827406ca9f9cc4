namespace PeeringContracts.Pact.Errors;

/// <summary>The provider verifier was given options it refused, or could not run at all.</summary>
public sealed class PactVerifierException(string message) : PactException(message);
