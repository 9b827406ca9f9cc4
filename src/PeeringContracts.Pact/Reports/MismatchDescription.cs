using System.Text.Json.Nodes;

namespace PeeringContracts.Pact.Reports;

/// <summary>
/// One mismatch the core reports (same shape from the mock server and the verifier) as a sentence: where, what was
/// expected, what came. Values of credential headers are never repeated.
/// </summary>
internal static class MismatchDescription
{
    private const string Missing = "missing";

    public static string Describe(JsonObject mismatch)
    {
        var expected = JsonText.Of(mismatch["expected"]);
        var actual = OrMissing(JsonText.Of(mismatch["actual"]));
        var explanation = JsonText.Of(mismatch["mismatch"]);
        var key = JsonText.Of(mismatch["key"]);
        return JsonText.Of(mismatch["type"]) switch
        {
            "HeaderMismatch" when SensitiveHeaders.IsSensitive(key) =>
                $"header '{key}': expected {expected}, actual {(actual == Missing ? Missing : "a different value (hidden: the header carries a credential)")}",
            "HeaderMismatch" => $"header '{key}': expected {expected}, actual {actual} ({explanation})",
            "QueryMismatch" => $"query parameter '{JsonText.Of(mismatch["parameter"])}': expected {expected}, actual {actual} ({explanation})",
            "BodyMismatch" => $"body at {JsonText.Of(mismatch["path"])}: expected {expected}, actual {actual} ({explanation})",
            "BodyTypeMismatch" => $"body content type: expected {expected}, actual {actual} ({explanation})",
            "StatusMismatch" => $"status: expected {expected}, actual {actual}",
            "MethodMismatch" => $"method: expected {expected}, actual {actual}",
            "PathMismatch" => $"path: expected {expected}, actual {actual}",
            "error" => JsonText.Of(mismatch["message"]),
            var other => $"{other}: expected {expected}, actual {actual} ({explanation})",
        };
    }

    private static string OrMissing(string actual) => actual.Length == 0 ? Missing : actual;
}
