using System.Security.Cryptography;
using System.Text;

namespace PeeringContracts.Signing;

/// <summary>The SDK-HMAC-SHA256 signature of a canonical request and the Authorization header that carries it.</summary>
public static class SdkSignature
{
    public const string Algorithm = "SDK-HMAC-SHA256";

    public static string Compute(string secretKey, string signingDate, string canonicalRequest)
    {
        var canonicalRequestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        var stringToSign = string.Join('\n', Algorithm, signingDate, canonicalRequestHash);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string Authorization(string accessKey, string signedHeaderNames, string signature) =>
        $"{Algorithm} Access={accessKey}, SignedHeaders={signedHeaderNames}, Signature={signature}";
}
