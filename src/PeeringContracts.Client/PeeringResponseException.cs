namespace PeeringContracts.Client;

/// <summary>A success status whose body does not have the documented shape.</summary>
public sealed class PeeringResponseException : Exception
{
    internal PeeringResponseException(PeeringExchange exchange, string problem, Exception? innerException = null)
        : base(exchange.Scrub($"{exchange.RequestLine} answered {exchange.StatusCode} with a body that does not match the documented shape: {problem}\n{exchange.Describe(500)}"), innerException)
    {
        Exchange = exchange;
    }

    public PeeringExchange Exchange { get; }
}
