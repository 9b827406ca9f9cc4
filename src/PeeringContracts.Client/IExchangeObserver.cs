namespace PeeringContracts.Client;

/// <summary>Hears every exchange a client completes, typed operations included, as it happened (tokens already <c>***</c>
/// in its request headers): where a conformance run judges every answer by rules that hold for all of them.</summary>
public interface IExchangeObserver
{
    /// <summary>Told of every request before it goes out; an exception thrown here stops it and reaches the caller.</summary>
    void Sending(string method, Uri url);

    void Observe(PeeringExchange exchange);
}
