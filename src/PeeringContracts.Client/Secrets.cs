namespace PeeringContracts.Client;

/// <summary>Keeps credentials out of everything a person or a log may read.</summary>
internal static class Secrets
{
    public const string Redacted = "***";

    // The same words as the Pact binding's SensitiveHeaders: a header carrying any of them is a credential.
    private static readonly string[] SecretHeaderWords = ["token", "authorization", "cookie", "secret", "password", "api-key", "apikey"];

    public static bool IsSecretHeader(string name) =>
        SecretHeaderWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    public static string Mask(string? secret) => secret is null ? "(none)" : Redacted;

    /// <summary>Replaces every occurrence of each secret: providers have been seen echoing a token in an error.</summary>
    public static string Scrub(string text, IEnumerable<string?> secrets) =>
        secrets.Where(secret => !string.IsNullOrEmpty(secret))
            .Aggregate(text, (scrubbed, secret) => scrubbed.Replace(secret!, Redacted, StringComparison.Ordinal));

    public static IReadOnlyDictionary<string, string> RedactHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var redacted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            var shown = IsSecretHeader(name) ? Redacted : value;
            redacted[name] = redacted.TryGetValue(name, out var earlier) ? $"{earlier}, {shown}" : shown;
        }

        return redacted;
    }
}
