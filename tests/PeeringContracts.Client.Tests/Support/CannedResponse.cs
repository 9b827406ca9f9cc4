namespace PeeringContracts.Client.Tests.Support;

/// <summary>What a stub server answers to every request.</summary>
internal sealed record CannedResponse(int Status, string Body = "", string? ContentType = "application/json")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
