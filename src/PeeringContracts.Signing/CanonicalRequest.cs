using System.Security.Cryptography;
using System.Text;

namespace PeeringContracts.Signing;

/// <summary>
/// The canonical request the SDK signs (<c>AKSKSigner.js</c> of <c>@huaweicloud/huaweicloud-sdk-core</c>): method,
/// path, query, headers, signed header names and payload hash, one per line. Path and query are taken as they travel
/// (percent-encoded), decoded, and encoded again the SDK's way, so sender and receiver agree on one form.
/// </summary>
public static class CanonicalRequest
{
    /// <summary>The SHA-256 of an empty payload, which the SDK uses for a request without a body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string Build(string method, string escapedPath, string escapedQuery, IEnumerable<KeyValuePair<string, string>> signedHeaders, string payloadHash)
    {
        ArgumentNullException.ThrowIfNull(method);
        var headers = signedHeaders
            .Select(header => KeyValuePair.Create(header.Key.ToLowerInvariant(), header.Value))
            .OrderBy(header => header.Key, StringComparer.Ordinal)
            .ToList();
        var canonicalHeaders = string.Concat(headers.Select(header => $"{header.Key}:{header.Value}\n"));
        return string.Join('\n', method.ToUpperInvariant(), Path(escapedPath), Query(escapedQuery), canonicalHeaders, SignedHeaderNames(headers.Select(header => header.Key)), payloadHash);
    }

    /// <summary>The names of the signed headers as the <c>SignedHeaders</c> part of the Authorization header lists them.</summary>
    public static string SignedHeaderNames(IEnumerable<string> names) =>
        string.Join(';', names.Select(name => name.ToLowerInvariant()).Order(StringComparer.Ordinal));

    public static string PayloadHash(ReadOnlySpan<byte> body) =>
        body.IsEmpty ? EmptyPayloadHash : Convert.ToHexStringLower(SHA256.HashData(body));

    public static string PayloadHash(string? body) => PayloadHash(Encoding.UTF8.GetBytes(body ?? ""));

    /// <summary>Each segment encoded, and always a trailing '/'.</summary>
    private static string Path(string escapedPath)
    {
        var path = string.Join('/', escapedPath.Split('/').Select(segment => SdkUrlEncoding.Encode(Uri.UnescapeDataString(segment))));
        return path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>Keys sorted, the values of a repeated key sorted, all ordinal (as JavaScript's sort()).</summary>
    private static string Query(string escapedQuery)
    {
        var pairs = escapedQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Key: Uri.UnescapeDataString(parts[0]), Value: parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : ""));
        return string.Join('&', pairs
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{SdkUrlEncoding.Encode(pair.Key)}={SdkUrlEncoding.Encode(pair.Value)}"));
    }
}
