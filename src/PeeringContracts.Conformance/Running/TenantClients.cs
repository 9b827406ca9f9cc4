using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Running;

/// <summary>One API client per tenant the run can play (null where the tenant is not given), and the tenants' credentials.</summary>
public sealed class TenantClients(
    PeeringApiClient accepter, PeeringApiClient? requester, PeeringApiClient? outsider, PeeringApiClient anonymous, TargetTenants credentials)
{
    /// <summary>What the clients authenticate with, so checks can forge refused requests and prove no answer repeats a secret.</summary>
    public TargetTenants Credentials { get; } = credentials;

    public PeeringApiClient Accepter { get; } = accepter;
    public PeeringApiClient? Requester { get; } = requester;
    public PeeringApiClient? Outsider { get; } = outsider;
    public PeeringApiClient Anonymous { get; } = anonymous;
}
