using PeeringContracts.Conformance.Fixtures;

namespace PeeringContracts.Conformance.InputSpace;

/// <summary>
/// Query strings the reject, which documents none ([SEED]), may arrive with: the documented peering fields and the
/// list's filters and paging. A provider may ignore them or refuse them; one that binds them would change the peering.
/// </summary>
public static class RejectQueries
{
    public static InputDimension<string> Of(FixtureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var unknownId = data.UnknownPeeringId();
        return new("query parameters on the reject",
        [
            new("documented fields (status=ACTIVE, name, description)", "status=ACTIVE&name=renamed&description=changed"),
            new("list filters and paging (id, tenant_id, vpc_id made up; limit=1, marker=an unknown id)",
                $"id={unknownId}&tenant_id={data.Noise()}&vpc_id={data.Noise()}&limit=1&marker={unknownId}"),
            new("a repeated parameter (status=REJECTED&status=ACTIVE)", "status=REJECTED&status=ACTIVE"),
        ]);
    }
}
