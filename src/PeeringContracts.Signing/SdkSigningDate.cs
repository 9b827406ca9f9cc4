using System.Globalization;

namespace PeeringContracts.Signing;

/// <summary>The <c>X-Sdk-Date</c> header: UTC to the second as <c>yyyyMMddTHHmmssZ</c>.</summary>
public static class SdkSigningDate
{
    public const string Header = "X-Sdk-Date";

    private const string Format = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>How far the date of a signed request may be from the receiver's clock (the provider's API gateway allows 15 minutes).</summary>
    public static TimeSpan Tolerance { get; } = TimeSpan.FromMinutes(15);

    public static string Of(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
