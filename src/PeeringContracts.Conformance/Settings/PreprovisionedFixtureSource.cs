namespace PeeringContracts.Conformance.Settings;

/// <summary><c>preprovisioned</c>: pending peerings someone created beforehand, at least one.</summary>
public sealed record PreprovisionedFixtureSource(IReadOnlyList<string> PendingIds) : FixtureSource
{
    // The generated ToString would print the list's type name instead of the ids.
    public override string ToString() => $"PreprovisionedFixtureSource {{ PendingIds = {string.Join(", ", PendingIds)} }}";
}
