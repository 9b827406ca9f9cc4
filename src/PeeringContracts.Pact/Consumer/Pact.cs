namespace PeeringContracts.Pact;

/// <summary>Entry point: a consumer-driven contract between two named applications.</summary>
public static class Pact
{
    /// <summary>A V4 pact. Use one per test: each <see cref="PactBuilder.VerifyAsync"/> runs its own mock server.</summary>
    public static PactBuilder V4(string consumer, string provider, PactConfig config)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(config);
        return new PactBuilder(consumer, provider, config);
    }
}
