namespace PeeringContracts.Pact.Reports;

/// <summary>Headers whose values are credentials: never written to messages or logs.</summary>
internal static class SensitiveHeaders
{
    private static readonly string[] Markers = ["token", "authorization", "cookie", "secret", "password", "api-key", "apikey"];

    public static bool IsSensitive(string headerName) =>
        Markers.Any(marker => headerName.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
