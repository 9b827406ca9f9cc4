namespace PeeringContracts.Conformance.Reporting;

/// <summary>Writes <c>conformance-report.md</c> and <c>conformance-report.json</c> into one folder.</summary>
public static class ReportFiles
{
    public const string MarkdownName = "conformance-report.md";
    public const string JsonName = "conformance-report.json";

    public static async Task<string> WriteAsync(ConformanceReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, MarkdownName), MarkdownReportWriter.Render(report), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, JsonName), JsonReportWriter.Render(report), cancellationToken);
        return Path.GetFullPath(Path.Combine(directory, MarkdownName));
    }
}
