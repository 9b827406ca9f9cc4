namespace PeeringContracts.Client;

/// <summary>A VPC peering as the API documents it; the timestamps are UTC <c>yyyy-MM-ddTHH:mm:ss</c> strings without zone.</summary>
public sealed record Peering(
    string Id,
    string Name,
    VpcInfo RequestVpcInfo,
    VpcInfo AcceptVpcInfo,
    string Status,
    string? Description = null,
    string? CreatedAt = null,
    string? UpdatedAt = null);
