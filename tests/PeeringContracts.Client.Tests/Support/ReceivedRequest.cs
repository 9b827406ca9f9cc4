namespace PeeringContracts.Client.Tests.Support;

/// <summary>A request as the stub server saw it on the wire; <see cref="RawTarget"/> is the request-target before any decoding.</summary>
internal sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
