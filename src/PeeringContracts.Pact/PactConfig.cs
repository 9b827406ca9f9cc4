namespace PeeringContracts.Pact;

/// <summary>Where and how a consumer pact is written.</summary>
public sealed class PactConfig
{
    /// <summary>The folder the pact file is written to (merged with a file already there); created when missing.</summary>
    public string PactDir { get; init; } = "pacts";
}
