using RestSharp.Interceptors;

namespace PeeringContracts.Client;

/// <summary>Records the URL and headers of the HTTP message RestSharp actually sends, secrets redacted; sends it with
/// <see cref="MethodOverride"/> when RestSharp has no name for the method (TRACE).</summary>
internal sealed class SentRequestCapture : Interceptor
{
    public HttpMethod? MethodOverride { get; init; }

    public Uri? Url { get; private set; }

    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        if (MethodOverride is not null)
        {
            requestMessage.Method = MethodOverride;
        }

        Url = requestMessage.RequestUri;
        var contentHeaders = requestMessage.Content?.Headers.AsEnumerable() ?? [];
        Headers = Secrets.RedactHeaders(
            requestMessage.Headers.Concat(contentHeaders).Select(header => KeyValuePair.Create(header.Key, string.Join(", ", header.Value))));
        return ValueTask.CompletedTask;
    }
}
