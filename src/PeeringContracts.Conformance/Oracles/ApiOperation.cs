namespace PeeringContracts.Conformance.Oracles;

/// <summary>The documented operation a request is, by its method and path (below the target's base URL), with the
/// success status the documentation gives it; <see cref="Other"/> for anything else (a method or path no operation has).</summary>
public sealed record ApiOperation(string Name, int? SuccessStatus)
{
    public static readonly ApiOperation Create = new("create", 201);
    public static readonly ApiOperation List = new("list", 200);
    public static readonly ApiOperation Show = new("show", 200);
    public static readonly ApiOperation Update = new("update", 200);
    public static readonly ApiOperation Delete = new("delete", 204);
    public static readonly ApiOperation Accept = new("accept", 200);
    public static readonly ApiOperation Reject = new("reject", 200);
    public static readonly ApiOperation Other = new("no documented operation", null);

    private const string Collection = "v2.0/vpc/peerings";

    /// <summary>The operation of <paramref name="method"/> on <paramref name="url"/>, a URL below <paramref name="baseUrl"/>.</summary>
    public static ApiOperation Of(string method, Uri url, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var path = url.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)
            ? url.AbsolutePath[baseUrl.AbsolutePath.Length..]
            : url.AbsolutePath.TrimStart('/');
        var segments = path.Split('/');
        var isCollection = path == Collection;
        var isItem = path.StartsWith($"{Collection}/", StringComparison.Ordinal) && segments.Length == 4 && segments[3].Length > 0;
        var action = path.StartsWith($"{Collection}/", StringComparison.Ordinal) && segments.Length == 5 && segments[3].Length > 0 ? segments[4] : null;
        return (method, isCollection, isItem, action) switch
        {
            ("POST", true, _, _) => Create,
            ("GET", true, _, _) => List,
            ("GET", _, true, _) => Show,
            ("PUT", _, true, _) => Update,
            ("DELETE", _, true, _) => Delete,
            ("PUT", _, _, "accept") => Accept,
            ("PUT", _, _, "reject") => Reject,
            _ => Other,
        };
    }

    public override string ToString() => Name;
}
