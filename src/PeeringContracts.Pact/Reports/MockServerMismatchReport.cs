using System.Text.Json.Nodes;

namespace PeeringContracts.Pact.Reports;

/// <summary>The mock server's mismatch JSON as one sentence per problem, each naming its request.</summary>
internal static class MockServerMismatchReport
{
    public static IReadOnlyList<string> Describe(string mismatchesJson)
    {
        var entries = JsonNode.Parse(mismatchesJson)?.AsArray() ?? [];
        return [.. entries.OfType<JsonObject>().SelectMany(DescribeEntry)];
    }

    private static IEnumerable<string> DescribeEntry(JsonObject entry)
    {
        var request = $"{JsonText.Of(entry["method"])} {JsonText.Of(entry["path"])}";
        return JsonText.Of(entry["type"]) switch
        {
            "missing-request" => [$"expected request {request} never came"],
            "request-not-found" => [$"unexpected request {request}: no interaction of the pact expects this method and path"],
            "request-mismatch" => (entry["mismatches"]?.AsArray() ?? []).OfType<JsonObject>()
                .Select(mismatch => $"request {request} did not match: {MismatchDescription.Describe(mismatch)}"),
            var other => [$"{other} for request {request}: {entry.ToJsonString()}"],
        };
    }
}
