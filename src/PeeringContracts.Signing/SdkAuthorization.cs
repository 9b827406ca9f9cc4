namespace PeeringContracts.Signing;

/// <summary>The parts of an <c>Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…</c> header.</summary>
public sealed record SdkAuthorization(string AccessKey, IReadOnlyList<string> SignedHeaders, string Signature)
{
    private const string Prefix = SdkSignature.Algorithm + " ";

    public static bool IsSdkSigned(string? authorization) =>
        authorization is not null && authorization.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Null when the value is not an SDK-HMAC-SHA256 header with all three parts.</summary>
    public static SdkAuthorization? Parse(string? authorization)
    {
        if (!IsSdkSigned(authorization))
        {
            return null;
        }

        var parts = authorization![Prefix.Length..]
            .Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return parts.TryGetValue("Access", out var access) && parts.TryGetValue("SignedHeaders", out var signed) && parts.TryGetValue("Signature", out var signature)
            ? new SdkAuthorization(access, signed.Split(';', StringSplitOptions.RemoveEmptyEntries), signature)
            : null;
    }

    // The record's generated ToString would show the signature; the access key identifies a caller and stays out too.
    public override string ToString() => $"SdkAuthorization {{ SignedHeaders = {string.Join(';', SignedHeaders)} }}";
}
