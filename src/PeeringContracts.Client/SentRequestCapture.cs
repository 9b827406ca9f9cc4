using RestSharp.Interceptors;

namespace PeeringContracts.Client;

/// <summary>Records the URL and headers of the HTTP message RestSharp actually sends, secrets redacted.</summary>
internal sealed class SentRequestCapture : Interceptor
{
    public Uri? Url { get; private set; }

    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        Url = requestMessage.RequestUri;
        var contentHeaders = requestMessage.Content?.Headers.AsEnumerable() ?? [];
        Headers = Secrets.RedactHeaders(
            requestMessage.Headers.Concat(contentHeaders).Select(header => KeyValuePair.Create(header.Key, string.Join(", ", header.Value))));
        return ValueTask.CompletedTask;
    }
}
