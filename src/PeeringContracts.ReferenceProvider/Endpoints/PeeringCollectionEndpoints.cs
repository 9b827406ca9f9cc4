using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;
using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary><c>POST</c> and <c>GET /v2.0/vpc/peerings</c>: create, and list what the caller is a side of.</summary>
internal static class PeeringCollectionEndpoints
{
    public static async Task<IResult> Create(HttpContext http, PeeringStore store, TenantDirectory directory, ActiveFaults faults, QuirkSwitches quirks)
    {
        var caller = http.Caller();
        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(http.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var (request, problem) = CreateBody.From(body!);
        if (request is null)
        {
            return ErrorAnswer.BadRequest(problem!);
        }

        if (request.RequestTenantId is not null && !TenantIds.Same(request.RequestTenantId, caller.TenantId))
        {
            return ErrorAnswer.BadRequest("peering.request_vpc_info.tenant_id must be the calling tenant's own id.");
        }

        if (directory.OwnerOfVpc(request.RequestVpcId)?.TenantId != caller.TenantId)
        {
            return VpcNotFound(request.RequestVpcId);
        }

        var acceptTenant = request.AcceptTenantId is null ? caller : directory.ById(request.AcceptTenantId);
        if (acceptTenant is null)
        {
            return ErrorAnswer.NotFound("TenantNotFound", "peering.accept_vpc_info.tenant_id names no known tenant.");
        }

        if (directory.OwnerOfVpc(request.AcceptVpcId)?.TenantId != acceptTenant.TenantId)
        {
            return VpcNotFound(request.AcceptVpcId);
        }

        if (request.RequestVpcId == request.AcceptVpcId)
        {
            return ErrorAnswer.BadRequest("A VPC cannot peer with itself: request_vpc_info and accept_vpc_info name the same VPC.");
        }

        var status = acceptTenant.TenantId == caller.TenantId ? StoredStatus.Active : StoredStatus.PendingAcceptance;
        var peering = store.AddUnlessBlocked(
            quirks.BlocksNewPeering(request.RequestVpcId, request.AcceptVpcId),
            request.Name,
            request.Description,
            new VpcSide(request.RequestVpcId, caller.TenantId),
            new VpcSide(request.AcceptVpcId, acceptTenant.TenantId),
            status);
        return peering is null
            ? ErrorAnswer.Neutron(StatusCodes.Status409Conflict, "PeeringExists", "These two VPCs already have a pending or active peering.")
            : JsonAnswer.With(PeeringRendering.Wrapped(peering, quirks), faults.CreatedStatus);
    }

    public static IResult List(HttpContext http, PeeringStore store, ActiveFaults faults, QuirkSwitches quirks, FollowedPages followedPages)
    {
        var caller = http.Caller();
        var (filter, problem) = ListFilter.From(http.Request.Query);
        if (filter is null)
        {
            return ErrorAnswer.BadRequest(problem!);
        }

        var visible = store.InIdOrder()
            .Select(peering => faults.Read(new(quirks.AsRead(peering), caller, IsShow: false)))
            .Where(peering => peering.IsVisibleTo(caller.TenantId) && faults.Lists(filter, peering))
            .ToList();
        var start = 0;
        if (filter.Marker is { } marker)
        {
            // Ids are listed in ascending order, so the page after a marker starts at the first greater id: a marker
            // whose peering was deleted meanwhile still continues where it left off.
            followedPages.Add();
            var after = visible.FindIndex(peering => string.CompareOrdinal(peering.Id.ToString(), marker.ToString()) > 0);
            start = after < 0 ? visible.Count : after;
        }

        var limit = Math.Min(filter.PageSize, quirks.MaxPageSize);
        var page = visible.Skip(start).Take(limit).ToList();
        var links = new JsonArray();
        if (visible.Count - start > limit)
        {
            links.Add(new JsonObject { ["href"] = NextPageHref(http.Request, quirks.PeeringId(page[^1].Id)), ["rel"] = "next" });
        }

        faults.Listed(http);
        return JsonAnswer.With(new JsonObject
        {
            ["peerings"] = new JsonArray([.. page.Select(peering => PeeringRendering.Fields(peering, quirks))]),
            ["peerings_links"] = links,
        });
    }

    private static ErrorAnswer VpcNotFound(string vpcId) => ErrorAnswer.NotFound("VpcNotFound", $"Vpc {vpcId} could not be found.");

    private static string NextPageHref(HttpRequest request, string lastId)
    {
        var query = request.Query
            .Where(parameter => parameter.Key != "marker")
            .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value.ToString()))
            .Append(KeyValuePair.Create("marker", (string?)lastId));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
    }
}
