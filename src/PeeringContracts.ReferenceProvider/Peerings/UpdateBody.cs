using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The body of <c>PUT /v2.0/vpc/peerings/{id}</c>: a new name, a new description, or both.</summary>
internal sealed record UpdateBody(string? Name, string? Description)
{
    public static (UpdateBody? Request, string? Error) From(JsonObject body)
    {
        var read = new FieldReader();
        var peering = read.Object(body, "peering", "peering");
        var name = read.String(peering, "name", "peering.name", required: false, minLength: 1, maxLength: PeeringFieldLimits.MaxNameLength);
        var description = read.String(peering, "description", "peering.description", required: false, maxLength: PeeringFieldLimits.MaxDescriptionLength, refuseAngleBrackets: true);
        if (read.Error is null && name is null && description is null)
        {
            return (null, "peering must carry name or description.");
        }

        return read.Error is null ? (new(name, description), null) : (null, read.Error);
    }
}
