namespace PeeringContracts.Schemas.Tests;

/// <summary>The response example of the seed page, byte for byte, and its one-character-per-key correction.</summary>
internal static class SeedExample
{
    public const char TypographicQuote = '\u201D';

    public static string Verbatim { get; } = Repository.Resource("seed-reject-response-example.txt");

    /// <summary>The example with its typographic closing quotes (U+201D) made plain ones: the only fix it needs.</summary>
    public static string Corrected { get; } = Verbatim.Replace(TypographicQuote, '"');
}
