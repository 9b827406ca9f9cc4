using System.Globalization;

namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>Timestamps as the API documents them: UTC, whole seconds, <c>yyyy-MM-ddTHH:mm:ss</c> without a zone.</summary>
internal static class ApiClock
{
    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
