namespace PeeringContracts.Client;

/// <summary>The provider answered with a non-success status. <see cref="Exchange"/> holds the whole exchange.</summary>
public sealed class PeeringApiException : Exception
{
    private const int MaxBodyCharsInMessage = 500;

    internal PeeringApiException(PeeringExchange exchange, ApiError error)
        : base(Compose(exchange, error))
    {
        Exchange = exchange;
        StatusCode = exchange.StatusCode;
        Code = error.Code is null ? null : exchange.Scrub(error.Code);
        ErrorMessage = error.Message is null ? null : exchange.Scrub(error.Message);
        RequestId = exchange.RequestId;
    }

    public int StatusCode { get; }

    /// <summary><c>error_code</c>, <c>code</c>, <c>error.code</c> or <c>NeutronError.type</c>, whichever the body had first.</summary>
    public string? Code { get; }

    /// <summary>The provider's message (<c>error_msg</c>, <c>message</c>, …), with any echoed token scrubbed.</summary>
    public string? ErrorMessage { get; }

    public string? RequestId { get; }

    public PeeringExchange Exchange { get; }

    private static string Compose(PeeringExchange exchange, ApiError error)
    {
        var summary = $"{exchange.RequestLine} answered {exchange.StatusCode} " +
            $"(code: {error.Code ?? "none"}, message: {error.Message ?? "none"}, request id: {exchange.RequestId ?? "none"})";
        if (error.IsEmpty)
        {
            summary += exchange.Body.Length == 0
                ? "; empty body"
                : $"; body: {PeeringExchange.Trim(exchange.Body, MaxBodyCharsInMessage)}";
        }

        if (exchange.ClockSkew is not null)
        {
            summary += $". {exchange.ClockSkew}";
        }

        return exchange.Scrub(summary);
    }
}
