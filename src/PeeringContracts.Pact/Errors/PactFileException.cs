namespace PeeringContracts.Pact.Errors;

/// <summary>The pact file could not be written.</summary>
public sealed class PactFileException(string message) : PactException(message);
