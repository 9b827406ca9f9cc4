namespace PeeringContracts.Client;

/// <summary>An access key and secret key that sign requests (SDK-HMAC-SHA256), and the project they act in (sent as X-Project-Id).</summary>
public sealed record AkSkCredentials(string AccessKey, string SecretKey, string ProjectId)
{
    // The generated ToString would print both keys.
    public override string ToString() =>
        $"AkSkCredentials {{ AccessKey = {Secrets.Redacted}, SecretKey = {Secrets.Redacted}, ProjectId = {ProjectId} }}";
}
