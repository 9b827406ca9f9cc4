namespace PeeringContracts.Client;

/// <summary>Joins the base URL and a request path with exactly one '/', keeping any path prefix of the base URL.</summary>
internal static class RequestUrl
{
    public static Uri Compose(Uri baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri[..^1] : baseUrl.AbsoluteUri;
        var joined = root + (path.StartsWith('/') ? path : "/" + path);
        return Uri.TryCreate(joined, UriKind.Absolute, out var url)
            ? url
            : throw new ArgumentException($"The path '{path}' does not form a URL with the base URL {baseUrl}.", nameof(path));
    }
}
