using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Checks;

/// <summary>The comparisons checks make; each failure carries what was expected, what came, and the exchange.</summary>
internal static class Expect
{
    public static void Status(PeeringExchange exchange, int expected)
    {
        if (exchange.StatusCode != expected)
        {
            throw new RequirementFailedException($"status {expected}", $"status {exchange.StatusCode}", exchange);
        }
    }

    public static void Success(PeeringExchange exchange, string what)
    {
        if (exchange.StatusCode is < 200 or >= 300)
        {
            throw new RequirementFailedException($"a 2xx answer to {what}", $"status {exchange.StatusCode}", exchange);
        }
    }

    public static void ClientError(PeeringExchange exchange, string what)
    {
        if (exchange.StatusCode is < 400 or >= 500)
        {
            throw new RequirementFailedException($"a 4xx answer to {what}", $"status {exchange.StatusCode}", exchange);
        }
    }

    public static void Equal(string field, string? expected, string? actual, PeeringExchange exchange)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new RequirementFailedException($"{field} = {Quote(expected)}", $"{field} = {Quote(actual)}", exchange);
        }
    }

    /// <summary>
    /// Ids are UUIDs or hex project ids: the same id may come back in another letter case, and a tenant id as 32 hex
    /// digits or hyphenated. Those are the same identifier, not a deviation.
    /// </summary>
    public static void SameIdentifier(string field, string? expected, string? actual, PeeringExchange exchange)
    {
        if (expected is null || actual is null || Canonical(expected) != Canonical(actual))
        {
            throw new RequirementFailedException($"{field} = {Quote(expected)}", $"{field} = {Quote(actual)}", exchange);
        }
    }

    /// <summary>
    /// Reads the peering back as the accepting tenant and requires <paramref name="expected"/>, allowing an eventually
    /// consistent read a second to catch up; <paramref name="cause"/> is the exchange that set or must not have changed it.
    /// </summary>
    public static async Task StatusIsAsync(CheckContext context, string peeringId, string expected, PeeringExchange cause)
    {
        var actual = await Eventually.ReadAsync(() => context.StatusOfAsync(peeringId), status => status == expected, context.CancellationToken);
        if (actual != expected)
        {
            throw new RequirementFailedException(
                $"peering {peeringId} to have status {expected} afterwards (GET /v2.0/vpc/peerings/{peeringId})",
                $"status {actual}",
                cause);
        }
    }

    /// <summary>UUIDs and 32-hex ids fold case and hyphens; any other id must match exactly.</summary>
    private static string Canonical(string identifier)
    {
        var folded = identifier.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return folded.Length == 32 && folded.All(Uri.IsHexDigit) ? folded : identifier;
    }

    public static string Quote(string? value) => value is null ? "(absent)" : $"\"{value}\"";
}
