using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>One exchange of the run, the operation it is and who sent it.</summary>
public sealed record ObservedExchange(PeeringExchange Exchange, ApiOperation Operation, ExchangeOrigin Origin)
{
    public override string ToString() => $"{Exchange.Method} {Exchange.Url.AbsolutePath} → {Exchange.StatusCode}, sent by {Origin}";
}
