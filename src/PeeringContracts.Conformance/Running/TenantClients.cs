using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>One API client per tenant the run can play; a tenant without a token is null.</summary>
public sealed class TenantClients(
    PeeringApiClient accepter, PeeringApiClient? requester, PeeringApiClient? outsider, PeeringApiClient anonymous, IReadOnlyList<string> tokens)
    : IDisposable
{
    /// <summary>The tokens the clients send, so checks can prove no answer repeats one.</summary>
    public IReadOnlyList<string> Tokens { get; } = tokens;

    public PeeringApiClient Accepter { get; } = accepter;
    public PeeringApiClient? Requester { get; } = requester;
    public PeeringApiClient? Outsider { get; } = outsider;
    public PeeringApiClient Anonymous { get; } = anonymous;

    public void Dispose()
    {
        Accepter.Dispose();
        Requester?.Dispose();
        Outsider?.Dispose();
        Anonymous.Dispose();
    }
}
