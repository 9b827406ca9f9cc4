namespace PeeringContracts.Client;

/// <summary>
/// Where the client sends requests and as whom. A null <paramref name="Token"/> sends no X-Auth-Token header; with
/// <see cref="AkSk"/> every request is signed (SDK-HMAC-SHA256) as the official SDKs do, beside the token if one is set too.
/// </summary>
public sealed record PeeringClientOptions(Uri BaseUrl, string? Token, TimeSpan Timeout)
{
    public AkSkCredentials? AkSk { get; init; }

    /// <summary>Hears every completed exchange of the client; null: nobody does.</summary>
    public IExchangeObserver? Observer { get; init; }

    // The generated ToString would print the token.
    public override string ToString() =>
        $"PeeringClientOptions {{ BaseUrl = {BaseUrl}, Token = {Secrets.Mask(Token)}, AkSk = {AkSk?.ToString() ?? "(none)"}, Timeout = {Timeout} }}";
}
