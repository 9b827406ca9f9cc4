using System.Globalization;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The filters (<c>status</c>, <c>vpc_id</c>, <c>tenant_id</c>, <c>name</c>, <c>id</c>) and paging
/// (<c>limit</c>, <c>marker</c>) of the list operation.</summary>
internal sealed record ListFilter(string? Status, string? VpcId, string? TenantId, string? Name, string? Id, int? Limit, Guid? Marker)
{
    /// <summary>The documented range of <c>limit</c> is 0..2000, 2000 by default (OTC list); 0 asks for the default.</summary>
    private const int MaxLimit = 2000;

    /// <summary>How many peerings a page holds at most.</summary>
    public int PageSize => Limit is null or 0 ? MaxLimit : Limit.Value;

    public static (ListFilter? Query, string? Error) From(IQueryCollection query)
    {
        int? limit = null;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > MaxLimit)
            {
                return (null, $"limit must be an integer from 0 to {MaxLimit}.");
            }

            limit = parsed;
        }

        Guid? marker = null;
        if (query.TryGetValue("marker", out var markerText))
        {
            if (!Guid.TryParseExact(markerText, "D", out var parsed))
            {
                return (null, "marker must be the id (a UUID) of the last peering of the previous page.");
            }

            marker = parsed;
        }

        return (new(Single(query, "status"), Single(query, "vpc_id"), Single(query, "tenant_id"), Single(query, "name"), Single(query, "id"), limit, marker), null);
    }

    public bool Matches(PeeringRecord peering) =>
        (Status is null || Status == peering.Status)
        && (Name is null || Name == peering.Name)
        && (Id is null || SameId(Id, peering.Id.ToString()))
        && (VpcId is null || SameId(VpcId, peering.RequestVpc.VpcId) || SameId(VpcId, peering.AcceptVpc.VpcId))
        && (TenantId is null || TenantIds.Same(TenantId, peering.RequestVpc.TenantId) || TenantIds.Same(TenantId, peering.AcceptVpc.TenantId));

    private static bool SameId(string wanted, string actual) => string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);

    private static string? Single(IQueryCollection query, string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
}
