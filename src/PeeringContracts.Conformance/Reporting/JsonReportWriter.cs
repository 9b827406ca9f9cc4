using System.Text.Json;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The report as JSON for tools: <see cref="ReportDocument"/> serialized, in the format of
/// <c>schemas/conformance-report.schema.json</c>.</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Render(ReportDocument document) => JsonSerializer.Serialize(document, Options);
}
