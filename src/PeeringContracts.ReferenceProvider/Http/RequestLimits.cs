namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>How large a request Kestrel lets through to the application.</summary>
internal static class RequestLimits
{
    public const int MaxBodyKiB = 64;
    public const long MaxBodyBytes = MaxBodyKiB * 1024;
    public const int MaxLineBytes = 64 * 1024;
}
