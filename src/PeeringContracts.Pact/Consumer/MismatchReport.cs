using System.Text.Json.Nodes;

namespace PeeringContracts.Pact;

/// <summary>
/// Turns the mock server's mismatch JSON into one sentence per problem: which request, what the pact expected and
/// what came. Values of credential headers are never repeated.
/// </summary>
internal static class MismatchReport
{
    public static IReadOnlyList<string> Describe(string mismatchesJson)
    {
        var entries = JsonNode.Parse(mismatchesJson)?.AsArray() ?? [];
        return [.. entries.OfType<JsonObject>().SelectMany(DescribeEntry)];
    }

    private static IEnumerable<string> DescribeEntry(JsonObject entry)
    {
        var request = $"{Text(entry["method"])} {Text(entry["path"])}";
        switch (Text(entry["type"]))
        {
            case "missing-request":
                yield return $"expected request {request} never came";
                break;
            case "request-not-found":
                yield return $"unexpected request {request}: no interaction of the pact expects this method and path";
                break;
            case "request-mismatch":
                foreach (var mismatch in entry["mismatches"]?.AsArray().OfType<JsonObject>() ?? [])
                {
                    yield return $"request {request} did not match: {DescribeMismatch(mismatch)}";
                }

                break;
            default:
                yield return $"{Text(entry["type"])} for request {request}: {entry.ToJsonString()}";
                break;
        }
    }

    private static string DescribeMismatch(JsonObject mismatch)
    {
        var expected = Text(mismatch["expected"]);
        var actual = Text(mismatch["actual"]);
        var explanation = Text(mismatch["mismatch"]);
        switch (Text(mismatch["type"]))
        {
            case "HeaderMismatch" when SensitiveHeaders.IsSensitive(Text(mismatch["key"])):
                return $"header '{Text(mismatch["key"])}': expected {expected}, actual {(actual.Length == 0 ? "missing" : "a different value (hidden: the header carries a credential)")}";
            case "HeaderMismatch":
                return $"header '{Text(mismatch["key"])}': expected {expected}, actual {Missing(actual)} ({explanation})";
            case "QueryMismatch":
                return $"query parameter '{Text(mismatch["parameter"])}': expected {expected}, actual {Missing(actual)} ({explanation})";
            case "BodyMismatch":
                return $"body at {Text(mismatch["path"])}: expected {expected}, actual {Missing(actual)} ({explanation})";
            case "MethodMismatch":
                return $"method: expected {expected}, actual {actual}";
            case "PathMismatch":
                return $"path: expected {expected}, actual {actual}";
            default:
                return $"{Text(mismatch["type"])}: expected {expected}, actual {Missing(actual)} ({explanation})";
        }
    }

    private static string Missing(string actual) => actual.Length == 0 ? "missing" : actual;

    private static string Text(JsonNode? node) =>
        node switch
        {
            null => "",
            JsonValue value when value.TryGetValue(out string? text) => text,
            _ => node.ToJsonString(),
        };
}
