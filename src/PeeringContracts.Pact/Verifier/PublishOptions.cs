namespace PeeringContracts.Pact.Verifier;

/// <summary>Publishes verification results to the broker the pacts came from.</summary>
public sealed record PublishOptions(string ProviderVersion)
{
    public string? Branch { get; init; }

    public Uri? BuildUrl { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
