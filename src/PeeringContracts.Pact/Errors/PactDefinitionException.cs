namespace PeeringContracts.Pact.Errors;

/// <summary>The core refused part of a pact's definition (a locked interaction, an invalid value or matcher).</summary>
public sealed class PactDefinitionException(string message) : PactException(message);
