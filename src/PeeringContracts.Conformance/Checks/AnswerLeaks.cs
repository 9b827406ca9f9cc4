using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// Where an answer gives away a secret or its implementation. Every part a client may log is searched: the raw body,
/// the body's JSON string values with escapes decoded (<c>\u002d</c> is a hyphen to every JSON reader), and every
/// response header value.
/// </summary>
internal static class AnswerLeaks
{
    /// <summary>A sent secret found in the answer: which (by its variable) and where, a JSON body's path included,
    /// never the secret itself. Null when none is there.</summary>
    public static SecretLeak? SecretIn(PeeringExchange exchange, IReadOnlyList<NamedSecret> secrets)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (FirstIn(exchange, [.. secrets.Select(secret => secret.Value)], StringComparison.Ordinal) is not { } found)
        {
            return null;
        }

        var secret = secrets.First(candidate => candidate.Value == found.Value);
        var where = found.Where.StartsWith("body", StringComparison.Ordinal) && JsonRedaction.PathOf(exchange.Body, secret.Value) is { } path
            ? $"{found.Where} at {path}"
            : found.Where;
        return new SecretLeak(secret, where);
    }

    /// <summary>The exchange with every one of <paramref name="secrets"/> cut out of the answer's body and headers, in
    /// whatever JSON encoding the body carried them: the evidence a leak can show without repeating it.</summary>
    public static PeeringExchange Redacted(PeeringExchange exchange, IReadOnlyList<NamedSecret> secrets)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var values = secrets.Select(secret => secret.Value).ToList();
        return exchange with
        {
            Body = JsonRedaction.Redact(exchange.Body, values),
            ResponseHeaders = exchange.ResponseHeaders.ToDictionary(header => header.Key, header => JsonRedaction.Cut(header.Value, values)),
        };
    }

    /// <summary>The first of <paramref name="values"/> found anywhere in the answer, and where; null when none is.</summary>
    public static (string Value, string Where)? FirstIn(PeeringExchange exchange, IReadOnlyList<string> values, StringComparison comparison)
    {
        foreach (var (where, text) in Parts(exchange))
        {
            if (values.FirstOrDefault(value => text.Contains(value, comparison)) is { } value)
            {
                return (value, where);
            }
        }

        return null;
    }

    /// <summary>The first implementation detail (stack frame, source path, exception name) and where it is, or null.</summary>
    public static string? ImplementationDetailIn(PeeringExchange exchange)
    {
        foreach (var (where, text) in Parts(exchange))
        {
            if (LeakPatterns.Find(text) is { } leak)
            {
                return $"\"{leak}\" in the {where}";
            }
        }

        return null;
    }

    private static IEnumerable<(string Where, string Text)> Parts(PeeringExchange exchange)
    {
        yield return ("body", exchange.Body);
        yield return ("body's decoded JSON strings", LeakPatterns.DecodedText(exchange.Body));
        foreach (var (name, value) in exchange.ResponseHeaders)
        {
            yield return ($"response header {name}", value);
        }
    }
}
