using NJsonSchema;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The documented format of the JSON report, <c>schemas/reports/conformance-report.schema.json</c>.</summary>
internal static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryRoot.Path, "schemas", "reports", "conformance-report.schema.json")).GetAwaiter().GetResult());

    public static IReadOnlyList<string> Violations(string json) =>
        Schema.Value.Validate(json).Select(error => $"{error.Path}: {error.Kind}").ToList();
}
