using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>Where a run's reports go, read from the raw settings, so a run whose settings did not load still finds it.</summary>
public static class ReportLocation
{
    /// <summary><c>dotnet test --results-directory</c> when given, else <c>PEERING_REPORT_DIR</c>, else <paramref name="fallback"/>.</summary>
    public static string Directory(Func<string, string?> lookup, string fallback)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Read(Setting setting) => lookup(setting) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return Read(Setting.ResultsDirectory) ?? Read(Setting.ReportDirectory) ?? fallback;
    }
}
