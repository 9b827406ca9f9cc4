using System.Globalization;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of the reject's 200 body, applied in this order to the documented fields.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault SwappedVpcInfos = AnswerBodyFault(
        new("swapped-vpc-infos", "semantics", "The reject body swaps `request_vpc_info` and `accept_vpc_info`."),
        body => (body["request_vpc_info"], body["accept_vpc_info"]) = (body["accept_vpc_info"]?.DeepClone(), body["request_vpc_info"]?.DeepClone()));

    public static readonly Fault SwappedTenantIds = AnswerBodyFault(
        new("swapped-tenant-ids", "semantics", "The reject body swaps the `tenant_id` of `request_vpc_info` and `accept_vpc_info`, their `vpc_id` in place."),
        body => (body["request_vpc_info"]!["tenant_id"], body["accept_vpc_info"]!["tenant_id"]) =
            (body["accept_vpc_info"]!["tenant_id"]?.DeepClone(), body["request_vpc_info"]!["tenant_id"]?.DeepClone()));

    public static readonly Fault WrongId = AnswerBodyFault(
        new("wrong-id", "semantics", "The reject body carries a fresh random `id`, not the one of the path."),
        body => body["id"] = Guid.NewGuid().ToString());

    public static readonly Fault OverLongName = AnswerBodyFault(
        new("over-long-name", "schema", "The reject body echoes the name padded to more than 64 characters."),
        body => body["name"] = $"{body["name"]}-{new string('x', PeeringFieldLimits.MaxNameLength)}");

    public static readonly Fault MissingNameField = AnswerBodyFault(
        new("missing-name-field", "schema", "The reject body has no `name`."),
        body => body.Remove("name"));

    public static readonly Fault LowercaseStatus = AnswerBodyFault(
        new("lowercase-status", "schema", "The reject body says `\"status\": \"rejected\"`."),
        body => body["status"] = body["status"]!.GetValue<string>().ToLower(CultureInfo.InvariantCulture));

    public static readonly Fault FractionalTimestampsInReject = AnswerBodyFault(
        new("fractional-timestamps-in-reject", "schema", "The reject body's `created_at` and `updated_at` carry a fraction and a zone (`2026-01-02T03:04:05.000Z`), a form neither the documentation nor SDK-GO's parser allows."),
        body =>
        {
            foreach (var field in new[] { "created_at", "updated_at" })
            {
                body[field] = $"{body[field]!.GetValue<string>()}.000Z";
            }
        });

    public static readonly Fault NoTenantIdsInReject = AnswerBodyFault(
        new("no-tenant-ids-in-reject", "schema", "The reject body's `request_vpc_info` and `accept_vpc_info` carry no `tenant_id`."),
        body =>
        {
            (body["request_vpc_info"] as JsonObject)?.Remove("tenant_id");
            (body["accept_vpc_info"] as JsonObject)?.Remove("tenant_id");
        });

    public static readonly Fault WrongFieldTypes = AnswerBodyFault(
        new("wrong-field-types", "schema", "The reject body carries `id` as a number and both vpc infos as strings."),
        body =>
        {
            body["id"] = 4711;
            body["request_vpc_info"] = body["request_vpc_info"]!["vpc_id"]!.GetValue<string>();
            body["accept_vpc_info"] = body["accept_vpc_info"]!["vpc_id"]!.GetValue<string>();
        });

    public static readonly Fault WrappedRejectBody = Declare(
        new("wrapped-reject-body", "schema", "The reject body is wrapped in {\"peering\": {...}} instead of carrying the fields at the top level."),
        FaultKind.AnswerBody,
        _ => new() { RejectBody = body => new JsonObject { ["peering"] = body } });

    private static Fault AnswerBodyFault(Fault fault, Action<JsonObject> bend) => Declare(
        fault,
        FaultKind.AnswerBody,
        _ => new()
        {
            RejectBody = body =>
            {
                bend(body);
                return body;
            },
        });
}
