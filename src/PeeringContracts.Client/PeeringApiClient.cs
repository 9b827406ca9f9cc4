using System.Diagnostics;
using RestSharp;

namespace PeeringContracts.Client;

/// <summary>
/// A client of the VPC peering API v2.0 with two layers: <see cref="SendAsync"/> returns any exchange as it happened,
/// the typed operations return records and throw <see cref="PeeringApiException"/> for a non-2xx status and
/// <see cref="PeeringResponseException"/> for a body that is not the documented shape.
/// </summary>
public sealed class PeeringApiClient : IDisposable
{
    private const string TokenHeader = "X-Auth-Token";
    private const string JsonMediaType = "application/json";
    private const string PeeringShape = """a peering {"id", "name", "request_vpc_info", "accept_vpc_info", "status", …}""";
    private const string EnvelopeShape = """{"peering": {"id", "name", "request_vpc_info", "accept_vpc_info", "status", …}}""";

    private readonly PeeringClientOptions _options;
    private readonly RestClient _restClient;

    public PeeringApiClient(PeeringClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.BaseUrl.IsAbsoluteUri || (options.BaseUrl.Scheme != Uri.UriSchemeHttp && options.BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"BaseUrl must be an absolute http or https URL, got '{options.BaseUrl}'.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Timeout must be positive, got {options.Timeout}.", nameof(options));
        }

        _options = options;
        _restClient = new RestClient(new RestClientOptions
        {
            Timeout = options.Timeout,
            // A redirect would hide the provider's real answer and would carry the token to another host.
            FollowRedirects = false,
            // Every HTTP answer is an exchange; only a missing answer is a transport failure.
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            ConfigureMessageHandler = handler => new ThrottleRetryHandler(handler, options.Timeout),
        });
    }

    public async Task<PeeringExchange> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = RequestUrl.Compose(_options.BaseUrl, request.Path);
        var token = request.OmitToken ? null : request.TokenOverride ?? _options.Token;
        var keys = request.OmitSignature ? null : request.AkSkOverride ?? _options.AkSk;
        var signedAt = request.SigningTimeOverride ?? DateTimeOffset.UtcNow;
        IReadOnlyList<string?> secrets = [token, keys?.AccessKey, keys?.SecretKey];
        var restMethod = RestMethod(request.Method);
        var sent = new SentRequestCapture { MethodOverride = restMethod is null ? request.Method : null };
        var restRequest = ToRestRequest(request, url, token, restMethod ?? Method.Get, sent);
        if (keys is not null)
        {
            if (restMethod is null)
            {
                throw new ArgumentException($"A {request.Method.Method} request cannot be signed here (RestSharp has no name for the method); send it unsigned.", nameof(request));
            }

            restRequest.Authenticator = new AkSkAuthenticator(keys, signedAt);
        }

        _options.Observer?.Sending(request.Method.Method, url);
        var clock = Stopwatch.StartNew();
        var response = await _restClient.ExecuteAsync(restRequest, cancellationToken).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        if (response.ResponseStatus != ResponseStatus.Completed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timedOut = response.ResponseStatus == ResponseStatus.TimedOut;
            var problem = timedOut
                ? $"no answer within the timeout of {_options.Timeout.TotalSeconds:0.###} s"
                : response.ErrorMessage ?? response.ResponseStatus.ToString();
            throw new PeeringTransportException(request.Method.Method, url, Secrets.Scrub(problem, secrets), response.ErrorException) { TimedOut = timedOut };
        }

        var responseHeaders = Flatten(response.Headers, response.ContentHeaders);
        var statusCode = (int)response.StatusCode;
        var exchange = new PeeringExchange(
            request.Method.Method,
            sent.Url ?? url,
            sent.Headers,
            request.JsonBody,
            statusCode,
            responseHeaders.FirstOrDefault(header => header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value,
            Secrets.RedactHeaders(responseHeaders),
            response.Content ?? "",
            elapsed)
        {
            SentSecrets = secrets,
            ClockSkew = keys is null ? null : ClockSkew.Explain(signedAt, statusCode, responseHeaders),
            RawBody = response.RawBytes ?? [],
        };
        _options.Observer?.Observe(exchange);
        return exchange;
    }

    public async Task<Peering> CreateAsync(CreatePeeringRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = await SendExpectingSuccessAsync(ApiRequest.Create(request), ct).ConfigureAwait(false);
        return ResponseReader.Read<PeeringEnvelope<Peering>>(exchange, EnvelopeShape).Peering;
    }

    public async Task<Peering> ShowAsync(string peeringId, CancellationToken ct = default)
    {
        var exchange = await SendExpectingSuccessAsync(ApiRequest.Show(peeringId), ct).ConfigureAwait(false);
        return ResponseReader.Read<PeeringEnvelope<Peering>>(exchange, EnvelopeShape).Peering;
    }

    public async Task<PeeringPage> ListAsync(PeeringListQuery? query = null, CancellationToken ct = default)
    {
        var exchange = await SendExpectingSuccessAsync(ApiRequest.List(query), ct).ConfigureAwait(false);
        return ResponseReader.ReadPage(exchange);
    }

    public async Task<Peering> AcceptAsync(string peeringId, CancellationToken ct = default)
    {
        var exchange = await SendExpectingSuccessAsync(ApiRequest.Accept(peeringId), ct).ConfigureAwait(false);
        return ResponseReader.Read<Peering>(exchange, PeeringShape);
    }

    public async Task<Peering> RejectAsync(string peeringId, CancellationToken ct = default)
    {
        var exchange = await SendExpectingSuccessAsync(ApiRequest.Reject(peeringId), ct).ConfigureAwait(false);
        return ResponseReader.Read<Peering>(exchange, PeeringShape);
    }

    public async Task<Peering> UpdateAsync(string peeringId, UpdatePeeringRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = await SendExpectingSuccessAsync(ApiRequest.Update(peeringId, request), ct).ConfigureAwait(false);
        return ResponseReader.Read<PeeringEnvelope<Peering>>(exchange, EnvelopeShape).Peering;
    }

    public Task DeleteAsync(string peeringId, CancellationToken ct = default) =>
        SendExpectingSuccessAsync(ApiRequest.Delete(peeringId), ct);

    public void Dispose() => _restClient.Dispose();

    private async Task<PeeringExchange> SendExpectingSuccessAsync(ApiRequest request, CancellationToken ct)
    {
        var exchange = await SendAsync(request, ct).ConfigureAwait(false);
        return exchange.StatusCode is >= 200 and <= 299
            ? exchange
            : throw new PeeringApiException(exchange, ApiError.Parse(exchange.Body));
    }

    private static RestRequest ToRestRequest(ApiRequest request, Uri url, string? token, Method method, SentRequestCapture capture)
    {
        var restRequest = new RestRequest(url, method) { Interceptors = [capture] };
        restRequest.AddHeader("Accept", JsonMediaType);
        if (token is not null)
        {
            restRequest.AddHeader(TokenHeader, token);
        }

        if (request.JsonBody is not null)
        {
            // The Content-Type header below replaces the one StringContent derives, so the value goes out verbatim.
            restRequest.AddStringBody(request.JsonBody, DataFormat.None);
        }

        var contentType = request.ContentType ?? (request.JsonBody is null ? null : JsonMediaType);
        if (contentType is not null)
        {
            restRequest.AddHeader("Content-Type", contentType);
        }

        return restRequest;
    }

    /// <summary>RestSharp's name for the method, or null for one it has none for (TRACE), which goes out as a GET whose
    /// method the capture replaces on the HTTP message.</summary>
    private static Method? RestMethod(HttpMethod method) =>
        Enum.TryParse<Method>(method.Method, ignoreCase: true, out var restMethod) ? restMethod : null;

    private static List<KeyValuePair<string, string>> Flatten(IEnumerable<HeaderParameter>? headers, IEnumerable<HeaderParameter>? contentHeaders) =>
        (headers ?? []).Concat(contentHeaders ?? [])
            .Select(header => KeyValuePair.Create(header.Name, header.Value))
            .ToList();
}
