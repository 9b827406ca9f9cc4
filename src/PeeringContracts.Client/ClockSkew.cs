using System.Globalization;
using PeeringContracts.Signing;

namespace PeeringContracts.Client;

/// <summary>Tells a refused signature caused by a clock skew apart from a wrong key: compares the signing date with the answer's <c>Date</c>.</summary>
internal static class ClockSkew
{
    public static string? Explain(DateTimeOffset signedAt, int statusCode, IEnumerable<KeyValuePair<string, string>> responseHeaders)
    {
        var date = responseHeaders.FirstOrDefault(header => header.Key.Equals("Date", StringComparison.OrdinalIgnoreCase)).Value;
        if (statusCode != 401
            || !DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var providerTime))
        {
            return null;
        }

        var skew = signedAt - providerTime;
        return skew.Duration() <= SdkSigningDate.Tolerance
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Clock skew: the request was signed at {SdkSigningDate.Of(signedAt)} (X-Sdk-Date), {skew.Duration().TotalMinutes:0} minutes " +
                $"{(skew > TimeSpan.Zero ? "ahead of" : "behind")} the provider's clock (Date: {date}), and signatures are accepted only within " +
                $"{SdkSigningDate.Tolerance.TotalMinutes:0} minutes: set this machine's clock right, then run again.");
    }
}
