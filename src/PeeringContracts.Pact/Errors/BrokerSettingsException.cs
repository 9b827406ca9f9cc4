namespace PeeringContracts.Pact.Errors;

/// <summary>A broker setting in the environment is missing or malformed; the message names the variable.</summary>
public sealed class BrokerSettingsException(string message) : PactException(message);
