using System.Net.Http.Headers;
using PeeringContracts.Conformance.Requirements;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>A body that is JSON says so in its media type, errors included, and a body labelled JSON is a JSON text
/// as RFC 8259 defines one, read from its raw bytes (a lenient parser must not decide what the provider sent).</summary>
internal sealed class JsonTextOracle : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-035", Must, RequirementCategory.Transport,
        "Every answer whose body is JSON is labelled with a JSON media type (application/json or +json), and every JSON-labelled body is a JSON text as RFC 8259 defines it: UTF-8 without a byte order mark, one value, unique member names, no lone surrogates.",
        "[SEED] and [SDK-NODE]: responses are application/json; RFC 8259 §4, §8.1, §8.2; RFC 6839 (+json)");

    public override Requirement Requirement => Rule;

    public override string Expectation => "a JSON body labelled as JSON, and a JSON label on a JSON text per RFC 8259";

    /// <summary>Every answer but one to HEAD, which carries the headers a GET would have and no content (RFC 9110 §9.3.2).</summary>
    public override bool Judges(ObservedExchange observed) =>
        observed.Exchange.Method != HttpMethod.Head.Method && (observed.Exchange.RawBody.Count > 0 || IsJsonLabelled(observed.Exchange.ContentType));

    public override string? Violation(ObservedExchange observed)
    {
        var exchange = observed.Exchange;
        if (IsJsonLabelled(exchange.ContentType))
        {
            return exchange.StatusCode == 204 && exchange.RawBody.Count == 0
                ? null
                : StrictJson.ProblemWith(exchange.RawBody) is { } problem ? $"a body labelled {exchange.ContentType} of which {problem}" : null;
        }

        return StrictJson.IsStructured(exchange.RawBody)
            ? $"a JSON body labelled {exchange.ContentType ?? "with no Content-Type"} (status {exchange.StatusCode})"
            : null;
    }

    private static bool IsJsonLabelled(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType is { } mediaType
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
