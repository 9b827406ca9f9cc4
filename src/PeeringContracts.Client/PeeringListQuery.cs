namespace PeeringContracts.Client;

/// <summary>The list filters; null ones are not sent.</summary>
public sealed record PeeringListQuery(
    string? Status = null,
    string? VpcId = null,
    string? TenantId = null,
    string? Name = null,
    string? Id = null,
    int? Limit = null,
    string? Marker = null);
