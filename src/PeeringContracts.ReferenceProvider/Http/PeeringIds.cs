namespace PeeringContracts.ReferenceProvider.Http;

internal static class PeeringIds
{
    /// <summary>Peering ids are UUIDs in the hyphenated form; anything else in the path is malformed.</summary>
    public static bool TryParse(string text, out Guid id) => Guid.TryParseExact(text, "D", out id);
}
