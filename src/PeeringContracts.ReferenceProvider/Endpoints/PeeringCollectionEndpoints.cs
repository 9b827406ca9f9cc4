using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary><c>POST</c> and <c>GET /v2.0/vpc/peerings</c>: create, and list what the caller is a side of.</summary>
internal static class PeeringCollectionEndpoints
{
    public static async Task<IResult> Create(HttpContext http, PeeringStore store, TenantDirectory directory)
    {
        var caller = http.Caller();
        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(http.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var (request, problem) = CreatePeeringRequest.From(body!);
        if (request is null)
        {
            return ApiError.BadRequest(problem!);
        }

        if (request.RequestTenantId is not null && request.RequestTenantId != caller.TenantId)
        {
            return ApiError.BadRequest("peering.request_vpc_info.tenant_id must be the calling tenant's own id.");
        }

        if (directory.OwnerOfVpc(request.RequestVpcId)?.TenantId != caller.TenantId)
        {
            return VpcNotFound(request.RequestVpcId);
        }

        var acceptTenantId = request.AcceptTenantId ?? caller.TenantId;
        if (!directory.HasTenant(acceptTenantId))
        {
            return ApiError.NotFound("TenantNotFound", "peering.accept_vpc_info.tenant_id names no known tenant.");
        }

        if (directory.OwnerOfVpc(request.AcceptVpcId)?.TenantId != acceptTenantId)
        {
            return VpcNotFound(request.AcceptVpcId);
        }

        if (request.RequestVpcId == request.AcceptVpcId)
        {
            return ApiError.BadRequest("A VPC cannot peer with itself: request_vpc_info and accept_vpc_info name the same VPC.");
        }

        var status = acceptTenantId == caller.TenantId ? PeeringStatus.Active : PeeringStatus.PendingAcceptance;
        var peering = store.Add(
            request.Name,
            request.Description,
            new VpcInfo(request.RequestVpcId, caller.TenantId),
            new VpcInfo(request.AcceptVpcId, acceptTenantId),
            status);
        return JsonAnswer.With(PeeringJson.Wrapped(peering), StatusCodes.Status201Created);
    }

    public static IResult List(HttpContext http, PeeringStore store)
    {
        var caller = http.Caller();
        var (query, problem) = PeeringListQuery.From(http.Request.Query);
        if (query is null)
        {
            return ApiError.BadRequest(problem!);
        }

        var visible = store.InCreationOrder()
            .Where(peering => peering.IsVisibleTo(caller.TenantId) && query.Matches(peering))
            .ToList();
        var start = 0;
        if (query.Marker is { } marker)
        {
            start = visible.FindIndex(peering => peering.Id == marker) + 1;
            if (start == 0)
            {
                return ApiError.BadRequest($"marker {marker} names no peering of this listing.");
            }
        }

        var limit = query.Limit ?? int.MaxValue;
        var page = visible.Skip(start).Take(limit).ToList();
        var links = new JsonArray();
        if (visible.Count - start > limit)
        {
            links.Add(new JsonObject { ["href"] = NextPageHref(http.Request, page[^1].Id), ["rel"] = "next" });
        }

        return JsonAnswer.With(new JsonObject
        {
            ["peerings"] = new JsonArray([.. page.Select(PeeringJson.Fields)]),
            ["peerings_links"] = links,
        });
    }

    private static ApiError VpcNotFound(string vpcId) => ApiError.NotFound("VpcNotFound", $"Vpc {vpcId} could not be found.");

    private static string NextPageHref(HttpRequest request, Guid lastId)
    {
        var query = request.Query
            .Where(parameter => parameter.Key != "marker")
            .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value.ToString()))
            .Append(KeyValuePair.Create("marker", (string?)lastId.ToString()));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
    }
}
