namespace PeeringContracts.Broker.Tests.Support;

/// <summary>One request the broker stand-in received, as it came.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string Body)
{
    public override string ToString() => $"{Method} {PathAndQuery}";
}
