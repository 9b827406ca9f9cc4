namespace PeeringContracts.Conformance.InputSpace;

/// <summary>
/// The standard HTTP methods (RFC 9110 §9.3) and PATCH (RFC 5789) that the API gives no meaning on a path: on
/// <c>/reject</c> everything but PUT; on the peering's own path everything but GET, HEAD (a GET without content), PUT
/// (the update) and DELETE. CONNECT is left out: it names a proxy tunnel's authority, not a resource path.
/// </summary>
public static class UndocumentedMethods
{
    public static InputDimension<HttpMethod> OnReject { get; } = Of(
        "methods on /reject", HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Trace);

    public static InputDimension<HttpMethod> OnPeering { get; } = Of(
        "methods on /v2.0/vpc/peerings/{id}", HttpMethod.Post, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Trace);

    /// <summary>Whether a 2xx answer to <paramref name="method"/> is still HTTP's own meaning, not the API's: OPTIONS
    /// describes the communication options (RFC 9110 §9.3.7); TRACE echoes the request as <c>message/http</c> (§9.3.8).</summary>
    public static bool MaySucceed(HttpMethod method, string? contentType) =>
        method == HttpMethod.Options
        || (method == HttpMethod.Trace && contentType is not null && contentType.StartsWith("message/http", StringComparison.OrdinalIgnoreCase));

    private static InputDimension<HttpMethod> Of(string name, params HttpMethod[] methods) =>
        new(name, [.. methods.Select(method => new InputForm<HttpMethod>(method.Method, method))]);
}
