namespace PeeringContracts.Client;

/// <summary>Null fields are left out of the body and so stay unchanged.</summary>
public sealed record UpdatePeeringRequest(string? Name = null, string? Description = null);
