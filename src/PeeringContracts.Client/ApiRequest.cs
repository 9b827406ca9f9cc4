using System.Globalization;

namespace PeeringContracts.Client;

/// <summary>
/// One HTTP request of the raw layer. <see cref="Path"/> is appended to the base URL as given: the helpers escape ids,
/// a hand-written path is the caller's exact choice (System.Uri still removes dot segments such as <c>/../</c> and
/// <c>%2e%2e</c>, unescapes escaped unreserved characters such as <c>%41</c>, and escapes spaces and non-ASCII characters).
/// </summary>
public sealed record ApiRequest(HttpMethod Method, string Path)
{
    private const string Peerings = "/v2.0/vpc/peerings";

    public string? JsonBody { get; init; }

    /// <summary>Sent verbatim; <c>application/json</c> when a body is sent and this is null. Set without a body, it goes with an empty one.</summary>
    public string? ContentType { get; init; }

    /// <summary>Replaces the client's token for this request.</summary>
    public string? TokenOverride { get; init; }

    /// <summary>Sends no X-Auth-Token header at all.</summary>
    public bool OmitToken { get; init; }

    /// <summary>Signs this request with these keys instead of the client's (a wrong secret, an unknown access key).</summary>
    public AkSkCredentials? AkSkOverride { get; init; }

    /// <summary>Sends this request unsigned even when the client has keys.</summary>
    public bool OmitSignature { get; init; }

    /// <summary>The X-Sdk-Date to sign with instead of now (a date outside the provider's tolerance).</summary>
    public DateTimeOffset? SigningTimeOverride { get; init; }

    public static ApiRequest Reject(string peeringId) => new(HttpMethod.Put, $"{PeeringPath(peeringId)}/reject");

    public static ApiRequest Accept(string peeringId) => new(HttpMethod.Put, $"{PeeringPath(peeringId)}/accept");

    public static ApiRequest Show(string peeringId) => new(HttpMethod.Get, PeeringPath(peeringId));

    public static ApiRequest Delete(string peeringId) => new(HttpMethod.Delete, PeeringPath(peeringId));

    public static ApiRequest Create(CreatePeeringRequest request) =>
        new(HttpMethod.Post, Peerings) { JsonBody = PeeringJson.Serialize(new PeeringEnvelope<CreatePeeringRequest>(request)) };

    public static ApiRequest Update(string peeringId, UpdatePeeringRequest request) =>
        new(HttpMethod.Put, PeeringPath(peeringId)) { JsonBody = PeeringJson.Serialize(new PeeringEnvelope<UpdatePeeringRequest>(request)) };

    public static ApiRequest List(PeeringListQuery? query = null) => new(HttpMethod.Get, Peerings + QueryString(query));

    private static string PeeringPath(string peeringId)
    {
        ArgumentNullException.ThrowIfNull(peeringId);
        return $"{Peerings}/{Uri.EscapeDataString(peeringId)}";
    }

    private static string QueryString(PeeringListQuery? query)
    {
        if (query is null)
        {
            return "";
        }

        (string Name, string? Value)[] parameters =
        [
            ("status", query.Status),
            ("vpc_id", query.VpcId),
            ("tenant_id", query.TenantId),
            ("name", query.Name),
            ("id", query.Id),
            ("limit", query.Limit?.ToString(CultureInfo.InvariantCulture)),
            ("marker", query.Marker),
        ];
        var present = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }

    // The generated ToString would print the token override and the keys.
    public override string ToString() =>
        $"ApiRequest {{ Method = {Method}, Path = {Path}, JsonBody = {JsonBody}, ContentType = {ContentType}, " +
        $"TokenOverride = {Secrets.Mask(TokenOverride)}, OmitToken = {OmitToken}, AkSkOverride = {AkSkOverride?.ToString() ?? "(none)"}, " +
        $"OmitSignature = {OmitSignature}, SigningTimeOverride = {SigningTimeOverride?.ToString("O", CultureInfo.InvariantCulture) ?? "(none)"} }}";
}
