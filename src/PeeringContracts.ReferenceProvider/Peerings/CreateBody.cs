using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The body of <c>POST /v2.0/vpc/peerings</c>, validated field by field.</summary>
internal sealed record CreateBody(
    string Name, string? Description, string RequestVpcId, string? RequestTenantId, string AcceptVpcId, string? AcceptTenantId)
{
    public static (CreateBody? Request, string? Error) From(JsonObject body)
    {
        var read = new FieldReader();
        var peering = read.Object(body, "peering", "peering");
        var name = read.String(peering, "name", "peering.name", required: true, minLength: 1, maxLength: PeeringFieldLimits.MaxNameLength);
        var description = read.String(peering, "description", "peering.description", required: false, maxLength: PeeringFieldLimits.MaxDescriptionLength, refuseAngleBrackets: true);
        var requestInfo = read.Object(peering, "request_vpc_info", "peering.request_vpc_info");
        var requestVpcId = read.Uuid(requestInfo, "vpc_id", "peering.request_vpc_info.vpc_id", required: true);
        var requestTenantId = read.String(requestInfo, "tenant_id", "peering.request_vpc_info.tenant_id", required: false);
        var acceptInfo = read.Object(peering, "accept_vpc_info", "peering.accept_vpc_info");
        var acceptVpcId = read.Uuid(acceptInfo, "vpc_id", "peering.accept_vpc_info.vpc_id", required: true);
        var acceptTenantId = read.String(acceptInfo, "tenant_id", "peering.accept_vpc_info.tenant_id", required: false);
        return read.Error is null
            ? (new(name!, description, requestVpcId!, requestTenantId, acceptVpcId!, acceptTenantId), null)
            : (null, read.Error);
    }
}
