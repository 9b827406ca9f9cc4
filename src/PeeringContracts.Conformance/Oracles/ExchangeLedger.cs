using System.Collections.Concurrent;
using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>Every exchange of a run, from every client the run made (checks, fixtures, reads, the audit, cleanup), in
/// the order they completed, each with its operation and origin: what the answer oracles judge. Each request passes
/// <paramref name="admit"/> before it goes out (the run's request budget).</summary>
public sealed class ExchangeLedger(Uri baseUrl, Action<ApiOperation> admit) : IExchangeObserver
{
    private readonly ConcurrentQueue<ObservedExchange> observed = new();

    public IReadOnlyList<ObservedExchange> Exchanges => [.. observed];

    public void Sending(string method, Uri url) => admit(ApiOperation.Of(method, url, baseUrl));

    public void Observe(PeeringExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        observed.Enqueue(new ObservedExchange(exchange, ApiOperation.Of(exchange.Method, exchange.Url, baseUrl), ExchangeOrigin.Current));
    }
}
