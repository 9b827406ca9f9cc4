namespace PeeringContracts.Conformance.Settings;

/// <summary>How the run obtains the peerings it rejects.</summary>
public enum FixtureStrategy
{
    /// <summary>Create them through <c>POST /v2.0/vpc/peerings</c> as the requesting tenant.</summary>
    Api,

    /// <summary>Ask a Pact-style provider-state endpoint to set them up.</summary>
    ProviderState,

    /// <summary>Use pending peerings someone created beforehand (<c>PEERING_PENDING_IDS</c>).</summary>
    Preprovisioned,
}
