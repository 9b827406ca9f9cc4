using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeeringContracts.Pact.Verifier;

/// <summary>Which consumer versions' pacts the broker returns; unset properties are left out.</summary>
public sealed record ConsumerVersionSelector
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public bool? MainBranch { get; init; }

    public string? Branch { get; init; }

    public bool? MatchingBranch { get; init; }

    public string? Consumer { get; init; }

    public string? Tag { get; init; }

    public string? FallbackTag { get; init; }

    public bool? Latest { get; init; }

    public bool? DeployedOrReleased { get; init; }

    public bool? Deployed { get; init; }

    public bool? Released { get; init; }

    public string? Environment { get; init; }

    /// <summary>The selector as the broker's JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
