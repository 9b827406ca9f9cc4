namespace PeeringContracts.Signing;

/// <summary>The headers a signing client adds besides <c>X-Sdk-Date</c> and <c>Authorization</c>.</summary>
public static class SdkHeaders
{
    /// <summary>The project the credentials act in.</summary>
    public const string ProjectId = "X-Project-Id";

    /// <summary>When sent, its value stands for the payload hash in the canonical request.</summary>
    public const string ContentSha256 = "X-Sdk-Content-Sha256";

    /// <summary>The <see cref="ContentSha256"/> value the SDK sends for a body that is not JSON.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
}
