using System.Globalization;
using System.Text;

namespace PeeringContracts.Client;

/// <summary>What was sent and what came back. Header values of secrets (token, authorization, cookie) are already "***".</summary>
public sealed record PeeringExchange(
    string Method,
    Uri Url,
    IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestBody,
    int StatusCode,
    string? ContentType,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string Body,
    TimeSpan Elapsed)
{
    public string? RequestId =>
        ResponseHeaders.FirstOrDefault(header => header.Key.Equals("X-Request-Id", StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// Set when a signed request was refused with 401 while the provider's <c>Date</c> header and this machine's clock are
    /// further apart than signatures are accepted: one sentence that names the skew.
    /// </summary>
    public string? ClockSkew { get; internal init; }

    /// <summary>The body's bytes as they came (after content decoding): what a strict reader judges, since
    /// <see cref="Body"/> is already decoded text, with invalid UTF-8 replaced.</summary>
    public IReadOnlyList<byte> RawBody { get; init; } = [];

    /// <summary>The token and keys this request carried, kept only to scrub them from text a provider echoes back.</summary>
    internal IReadOnlyList<string?> SentSecrets { private get; init; } = [];

    /// <summary>The request line, its headers and body, then the status line and the body, each body cut at <paramref name="maxBodyChars"/>.</summary>
    public string Describe(int maxBodyChars = 2000)
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Url).Append('\n');
        foreach (var (name, value) in RequestHeaders)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }

        if (RequestBody is not null)
        {
            text.Append("  ").Append(Trim(RequestBody, maxBodyChars)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"→ {StatusCode} {ContentType ?? "(no content type)"} ({Elapsed.TotalMilliseconds:0} ms)\n");
        if (RequestId is not null)
        {
            text.Append("  X-Request-Id: ").Append(RequestId).Append('\n');
        }

        text.Append("  ").Append(Body.Length == 0 ? "(empty body)" : Trim(Body, maxBodyChars));
        if (ClockSkew is not null)
        {
            text.Append('\n').Append(ClockSkew);
        }

        return Scrub(text.ToString());
    }

    public override string ToString() => Describe();

    /// <summary>The first line of <see cref="Describe"/>: "PUT http://…/reject".</summary>
    internal string RequestLine => $"{Method} {Url}";

    internal string Scrub(string text) => Secrets.Scrub(text, SentSecrets);

    internal static string Trim(string body, int maxChars)
    {
        var trimmed = body.Trim();
        return trimmed.Length <= maxChars
            ? trimmed
            : string.Create(CultureInfo.InvariantCulture, $"{trimmed[..maxChars]}… ({trimmed.Length - maxChars} more characters)");
    }
}
