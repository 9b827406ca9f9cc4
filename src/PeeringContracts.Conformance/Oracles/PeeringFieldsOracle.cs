using System.Text.Json.Nodes;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Schemas;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>
/// Wherever a peering appears in a success (create, show, list, update, accept, reject), it has every documented field
/// with its documented type and format, and what no operation may change (its VPC infos and <c>created_at</c>) reads
/// the same in every view and every answer of the run.
/// </summary>
internal sealed class PeeringFieldsOracle : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-038", Must, RequirementCategory.Schema,
        "Every success that carries peerings (create, show, list, update, accept, reject) validates against its documented schema, and each peering's request_vpc_info, accept_vpc_info and created_at read the same in every answer of the run.",
        "[SEED], [SDK-GO], [SDK-NODE], [OTC] response fields (schemas/); the VPC infos and creation time are set by create and no operation changes them");

    private static readonly Dictionary<ApiOperation, ResponseSchema> Schemas = new()
    {
        [ApiOperation.Create] = PeeringSchemas.PeeringEnvelope,
        [ApiOperation.Show] = PeeringSchemas.PeeringEnvelope,
        [ApiOperation.Update] = PeeringSchemas.PeeringEnvelope,
        [ApiOperation.List] = PeeringSchemas.PeeringList,
        [ApiOperation.Accept] = PeeringSchemas.Get("peering.schema.json"),
        [ApiOperation.Reject] = PeeringSchemas.RejectResponse,
    };

    private static readonly string[] Unchangeable = ["request_vpc_info", "accept_vpc_info", "created_at"];

    private readonly Dictionary<string, (string Fields, string SeenIn)> firstSeen = new(StringComparer.OrdinalIgnoreCase);

    public override Requirement Requirement => Rule;

    public override string Expectation =>
        "every peering in a success valid against its documented schema, its VPC infos and created_at the same in every answer";

    /// <summary>A success of an operation that carries peerings, in a body that is a JSON text (REJ-035 judges the rest).</summary>
    public override bool Judges(ObservedExchange observed) =>
        observed.Exchange.StatusCode is >= 200 and < 300 && Schemas.ContainsKey(observed.Operation)
        && StrictJson.ProblemWith(observed.Exchange.RawBody) is null;

    public override string? Violation(ObservedExchange observed)
    {
        var schema = Schemas[observed.Operation];
        if (schema.Validate(observed.Exchange.Body) is { Count: > 0 } violations)
        {
            return $"the {observed.Operation} answer is not valid against {schema.FileName}: {SchemaViolation.Describe(violations)}";
        }

        foreach (var peering in PeeringsInAnswer.Of(observed))
        {
            if (peering["id"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var fields = Fingerprint(peering);
            if (!firstSeen.TryGetValue(id, out var earlier))
            {
                firstSeen[id] = (fields, observed.ToString());
            }
            else if (earlier.Fields != fields)
            {
                return $"peering {id} reads {fields} in the {observed.Operation} answer, but {earlier.Fields} in {earlier.SeenIn}";
            }
        }

        return null;
    }

    /// <summary>The unchangeable fields as one comparable text: identifiers in any letter case and a tenant id with or
    /// without hyphens are the same (the documented forms), and so is a time with or without its <c>Z</c>.</summary>
    private static string Fingerprint(JsonObject peering) => string.Join(", ", Unchangeable.Select(field => field switch
    {
        "created_at" => $"created_at {peering[field]?.GetValue<string>().Replace(' ', 'T').TrimEnd('Z') ?? "(absent)"}",
        _ => $"{field} {{vpc_id {Identifier(peering[field]?["vpc_id"])}, tenant_id {Identifier(peering[field]?["tenant_id"])}}}",
    }));

    private static string Identifier(JsonNode? value) =>
        value?.GetValue<string>().Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant() ?? "(absent)";
}
