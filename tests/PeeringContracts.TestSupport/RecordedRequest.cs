using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PeeringContracts.TestSupport;

/// <summary>
/// A request as a test double saw it on the wire; <see cref="RawTarget"/> is the request-target before any decoding,
/// <see cref="Headers"/> are keyed case-insensitively.
/// </summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>Records <paramref name="request"/>, reading its body to the end.</summary>
    public static async Task<RecordedRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = request.HttpContext.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(request.Method, rawTarget, headers, body);
    }

    public override string ToString() => $"{Method} {RawTarget}";
}
