namespace PeeringContracts.Schemas;

/// <summary>Turns NJsonSchema's paths (<c>#/request_vpc_info.vpc_id</c>, <c>#/peerings[0].id</c>) into JSONPath (<c>$.request_vpc_info.vpc_id</c>).</summary>
internal static class JsonPath
{
    public static string FromNJsonSchema(string? path)
    {
        var rest = (path ?? string.Empty).TrimStart('#').TrimStart('/');
        return rest.Length == 0 ? "$"
            : rest.StartsWith('[') ? "$" + rest
            : "$." + rest;
    }
}
