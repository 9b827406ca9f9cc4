namespace PeeringContracts.Client;

/// <summary>The <c>{"peering": {…}}</c> wrapper of create, show and update, in both directions.</summary>
internal sealed record PeeringEnvelope<T>(T Peering);
