using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The documented response shape of a peering (field names as the API spells them).</summary>
internal static class PeeringJson
{
    public static JsonObject Fields(PeeringRecord peering)
    {
        var fields = new JsonObject
        {
            ["id"] = peering.Id.ToString(),
            ["name"] = peering.Name,
            ["status"] = peering.Status,
            ["request_vpc_info"] = VpcInfo(peering.RequestVpc),
            ["accept_vpc_info"] = VpcInfo(peering.AcceptVpc),
            ["created_at"] = ApiClock.Format(peering.CreatedAt),
            ["updated_at"] = ApiClock.Format(peering.UpdatedAt),
        };
        if (peering.Description is not null)
        {
            fields["description"] = peering.Description;
        }

        return fields;
    }

    public static JsonObject Wrapped(PeeringRecord peering) => new() { ["peering"] = Fields(peering) };

    private static JsonObject VpcInfo(VpcInfo info) => new() { ["vpc_id"] = info.VpcId, ["tenant_id"] = info.TenantId };
}
