namespace PeeringContracts.Client;

/// <summary>How an exchange was throttled (429) before its answer came, as the client recorded it.</summary>
public static class ThrottleEvidence
{
    /// <summary>Added to the answer by this client, never sent by a provider.</summary>
    public const string HeaderName = "X-PeeringContracts-Throttled";

    /// <summary>"2 answer(s) 429 before this one; waited 1.5 s in all", or null when the request was not throttled.</summary>
    public static string? Of(PeeringExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return exchange.ResponseHeaders.TryGetValue(HeaderName, out var evidence) ? evidence : null;
    }
}
