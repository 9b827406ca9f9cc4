namespace PeeringContracts.Client;

/// <summary>Where the client sends requests and as whom. A null <paramref name="Token"/> sends no X-Auth-Token header.</summary>
public sealed record PeeringClientOptions(Uri BaseUrl, string? Token, TimeSpan Timeout)
{
    // The generated ToString would print the token.
    public override string ToString() =>
        $"PeeringClientOptions {{ BaseUrl = {BaseUrl}, Token = {Secrets.Mask(Token)}, Timeout = {Timeout} }}";
}
