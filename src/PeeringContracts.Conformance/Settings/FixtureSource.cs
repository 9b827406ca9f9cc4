namespace PeeringContracts.Conformance.Settings;

/// <summary>Where a live target's peerings come from, with exactly what that source needs (<c>PEERING_FIXTURES</c>).</summary>
public abstract record FixtureSource;
