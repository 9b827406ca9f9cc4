using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The documented response shape of a peering (field names as the API spells them), as the quirks format it.</summary>
internal static class PeeringRendering
{
    public static JsonObject Fields(PeeringRecord peering, QuirkSwitches quirks)
    {
        var fields = new JsonObject
        {
            ["id"] = quirks.PeeringId(peering.Id),
            ["name"] = peering.Name,
            ["status"] = peering.Status,
            ["request_vpc_info"] = SideFields(peering.RequestVpc, quirks),
            ["accept_vpc_info"] = SideFields(peering.AcceptVpc, quirks),
            ["created_at"] = ApiClock.Format(peering.CreatedAt),
            ["updated_at"] = ApiClock.Format(peering.UpdatedAt),
        };
        if (peering.Description is not null)
        {
            fields["description"] = peering.Description;
        }

        quirks.AddExtraFields(fields, peering);
        return fields;
    }

    public static JsonObject Wrapped(PeeringRecord peering, QuirkSwitches quirks) => new() { ["peering"] = Fields(peering, quirks) };

    private static JsonObject SideFields(VpcSide side, QuirkSwitches quirks) =>
        new() { ["vpc_id"] = side.VpcId, ["tenant_id"] = quirks.TenantId(side.TenantId) };
}
