namespace PeeringContracts.Pact.Verifier;

/// <summary>Pacts fetched from a Pact Broker for the provider being verified.</summary>
public sealed class BrokerSource
{
    public BrokerSource(Uri url) => Url = url ?? throw new ArgumentNullException(nameof(url));

    public Uri Url { get; }

    /// <summary>Basic authentication (with <see cref="Password"/>); leave empty when using <see cref="Token"/>.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>Bearer token; never written to messages.</summary>
    public string? Token { get; init; }

    /// <summary>Pending pacts (not yet verified by this provider) are reported but do not fail the run.</summary>
    public bool EnablePending { get; init; }

    /// <summary>Also verify work-in-progress pacts published since this date (needs <see cref="EnablePending"/>).</summary>
    public DateOnly? IncludeWipPactsSince { get; init; }

    public IReadOnlyList<string> ProviderTags { get; init; } = [];

    public string? ProviderBranch { get; init; }

    public IReadOnlyList<ConsumerVersionSelector> ConsumerVersionSelectors { get; init; } = [];

    /// <summary>Legacy selection by consumer tag (prefer <see cref="ConsumerVersionSelectors"/>).</summary>
    public IReadOnlyList<string> ConsumerTags { get; init; } = [];
}
