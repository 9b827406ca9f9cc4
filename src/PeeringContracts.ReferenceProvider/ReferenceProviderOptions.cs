using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>How a reference provider starts: which faults and quirks are on, whether the provider-state endpoint exists, and
/// which tenants it knows.</summary>
public sealed class ReferenceProviderOptions
{
    /// <summary>Names from <see cref="FaultCatalog"/>; an unknown name makes the start fail with an <see cref="ArgumentException"/>.</summary>
    public IReadOnlyCollection<string> Faults { get; init; } = [];

    /// <summary>Names from <see cref="QuirkCatalog"/>; an unknown name makes the start fail with an <see cref="ArgumentException"/>.</summary>
    public IReadOnlyCollection<string> Quirks { get; init; } = [];

    /// <summary>Maps <c>POST /_pact/provider-states</c>; off by default because it bypasses authentication.</summary>
    public bool EnableProviderStates { get; init; }

    public IReadOnlyList<TenantAccount> Tenants { get; init; } = DefaultTenants.All;

    /// <summary>How long the <c>slow-reject</c> fault holds a reject; when null, <c>PEERING_FAULT_DELAY_MS</c> or 3 seconds.</summary>
    public TimeSpan? SlowRejectDelay { get; init; }

    /// <summary>The clock that judges the <c>X-Sdk-Date</c> of signed requests (accepted within 15 minutes of it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long the <c>lagging-reads</c> quirk serves the state from before a transition (300 ms by default).</summary>
    public TimeSpan ReadLag { get; init; } = TimeSpan.FromMilliseconds(300);
}
