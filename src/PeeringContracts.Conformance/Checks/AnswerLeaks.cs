using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// Where an answer gives away a secret or its implementation. Every part a client may log is searched: the raw body,
/// the body's JSON string values with escapes decoded (<c>\u002d</c> is a hyphen to every JSON reader), and every
/// response header value.
/// </summary>
internal static class AnswerLeaks
{
    /// <summary>A sent secret found in the answer: where, never the secret itself. Null when none is there.</summary>
    public static string? SecretIn(PeeringExchange exchange, IReadOnlyList<string> secrets) =>
        FirstIn(exchange, secrets, StringComparison.Ordinal) is { } found ? $"a token that was sent, in the {found.Where}" : null;

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
