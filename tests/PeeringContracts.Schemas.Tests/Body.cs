using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>Edits of a JSON body by dotted path (<c>request_vpc_info.vpc_id</c>), each on a fresh copy.</summary>
internal static class Body
{
    /// <summary>A valid reject response: the seed's corrected example.</summary>
    public static JsonObject ValidRejectResponse() => JsonNode.Parse(SeedExample.Corrected)!.AsObject();

    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent[name] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string path)
    {
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent.Remove(name).ShouldBeTrue($"the body has no '{path}' to remove");
        return copy;
    }

    private static (JsonObject Parent, string Name) Locate(JsonObject body, string path)
    {
        var names = path.Split('.');
        var parent = names[..^1].Aggregate(body, (node, name) => node[name]!.AsObject());
        return (parent, names[^1]);
    }
}
