namespace PeeringContracts.Pact;

/// <summary>What the consumer code under test needs: the address of the mock provider.</summary>
public sealed record ConsumerContext(Uri MockServerUri);
