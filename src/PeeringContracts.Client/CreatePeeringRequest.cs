namespace PeeringContracts.Client;

public sealed record CreatePeeringRequest(string Name, VpcInfo RequestVpcInfo, VpcInfo AcceptVpcInfo, string? Description = null);
