using System.Text.Json;
using System.Text.Json.Nodes;
using PeeringContracts.Conformance.Requirements;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>
/// Every answer that carries a peering the run created names and describes it exactly as the run sent it: the same code
/// points, not normalized, trimmed, re-encoded or escaped for HTML. The create, or a later update, says what was sent;
/// a read within the settle window may still show an earlier value the run sent, never one it did not.
/// </summary>
internal sealed class NamesEchoOracle : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-042", Must, RequirementCategory.Semantics,
        "Every answer that carries a peering the run created (create, show, list, update, accept, reject) carries its `name` and `description` exactly as the run sent them: the same code points, whatever the script (CJK, astral-plane, combining marks, right-to-left) or the characters JSON escapes.",
        "[SEED] name: the peering's name (1~64 characters); [OTC] description; RFC 8259 §7 (strings are code points, escapes are only their spelling)");

    private readonly Dictionary<string, SentTexts> sent = new(StringComparer.OrdinalIgnoreCase);

    public override Requirement Requirement => Rule;

    public override string Expectation => "every peering the run created named and described exactly as the run sent it";

    public override bool Judges(ObservedExchange observed) =>
        observed.Exchange.StatusCode is >= 200 and < 300
        && observed.Operation != ApiOperation.Delete && observed.Operation != ApiOperation.Other
        && StrictJson.ProblemWith(observed.Exchange.RawBody) is null;

    public override string? Violation(ObservedExchange observed)
    {
        var answered = PeeringsInAnswer.Of(observed).ToList();
        if ((observed.Operation == ApiOperation.Create || observed.Operation == ApiOperation.Update) && answered is [{ } written])
        {
            Learn(written, observed);
        }

        foreach (var peering in answered)
        {
            if (StringIn(peering["id"]) is not { } id || !sent.TryGetValue(id, out var texts))
            {
                continue;
            }

            if ((Mismatch("name", peering["name"], texts.Names) ?? Mismatch("description", peering["description"], texts.Descriptions)) is { } mismatch)
            {
                return $"peering {id} in the {observed.Operation} answer: {mismatch}";
            }
        }

        return null;
    }

    private void Learn(JsonObject written, ObservedExchange observed)
    {
        if (StringIn(written["id"]) is not { } id || observed.Exchange.RequestBody is not { } body
            || JsonNode.Parse(body)?["peering"] is not JsonObject request)
        {
            return;
        }

        if (!sent.TryGetValue(id, out var texts))
        {
            // A create without a description may be answered with none or an empty one.
            texts = new SentTexts([], [null, string.Empty]);
            sent[id] = texts;
        }

        if (StringIn(request["name"]) is { } name)
        {
            texts.Names.Add(name);
        }

        if (StringIn(request["description"]) is { } description)
        {
            texts.Descriptions.Add(description);
        }
    }

    private static string? Mismatch(string field, JsonNode? answered, HashSet<string?> wasSent)
    {
        var text = StringIn(answered);
        return answered is not null && text is null ? $"{field} is {answered.ToJsonString()}, not a string"
            : wasSent.Count == 0 || wasSent.Contains(text) ? null
            : $"{field} {Spelled(text)}, but the run sent {string.Join(" or ", wasSent.OfType<string>().Select(Spelled))}";
    }

    /// <summary>The node's text when it is a JSON string; null for anything else (REJ-038 judges the types).</summary>
    private static string? StringIn(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The text with every character outside printable ASCII escaped, so differences a terminal hides show.</summary>
    private static string Spelled(string? text) => text is null ? "(absent)" : JsonSerializer.Serialize(text);

    private sealed record SentTexts(HashSet<string?> Names, HashSet<string?> Descriptions);
}
