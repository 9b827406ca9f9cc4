namespace PeeringContracts.Conformance.Reporting;

/// <summary>
/// Writes a run's <c>conformance-report.md</c> and <c>.json</c> into one folder. A full run's files replace the last
/// ones and remove a filtered run's left beside them; a filtered run writes <c>conformance-report.partial.*</c> beside
/// the last full report, unless told to replace it.
/// </summary>
public static class ReportFiles
{
    public const string FullName = "conformance-report";
    public const string PartialName = "conformance-report.partial";

    /// <summary>Writes both files and returns the Markdown file's full path.</summary>
    public static async Task<string> WriteAsync(ReportDocument document, string directory, bool partialReplacesFull, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(directory);
        var partial = document.Selection.NotSelected.Count > 0 && !partialReplacesFull;
        var name = partial ? PartialName : FullName;
        if (!partial)
        {
            File.Delete(Path.Combine(directory, $"{PartialName}.md"));
            File.Delete(Path.Combine(directory, $"{PartialName}.json"));
        }

        var markdown = Path.Combine(directory, $"{name}.md");
        await File.WriteAllTextAsync(markdown, MarkdownReportWriter.Render(document), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{name}.json"), JsonReportWriter.Render(document), cancellationToken);
        return Path.GetFullPath(markdown);
    }
}
