using PeeringContracts.Pact.Matchers;

namespace PeeringContracts.Consumer.Tests.Support;

/// <summary>
/// What the reject interactions share. Ids and tokens come from provider state (<c>${peeringId}</c>,
/// <c>${accepterToken}</c>, <c>${requesterToken}</c>), so the contract stores only these examples, never real values.
/// </summary>
internal static class RejectExamples
{
    public const string PeeringId = "0f0e5b2a-6c1d-4e8f-9a3b-7c2d1e0f4a5b";
    public const string AccepterToken = "accepter-token-example";
    public const string RequesterToken = "requester-token-example";

    /// <summary>Tenant ids appear as 32 hex characters (project ids) and as hyphenated UUIDs; both are valid.</summary>
    private const string TenantIdPattern = "^([0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$";

    private const string RejectPathPattern = "^/v2\\.0/vpc/peerings/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/reject$";

    public static Matcher RejectPath { get; } = Match.FromProviderState(
        "/v2.0/vpc/peerings/${peeringId}/reject", Match.Regex(RejectPathPattern, $"/v2.0/vpc/peerings/{PeeringId}/reject"));

    public static Matcher AccepterTokenHeader { get; } = Match.FromProviderState("${accepterToken}", AccepterToken);

    public static Matcher RequesterTokenHeader { get; } = Match.FromProviderState("${requesterToken}", RequesterToken);

    public static Matcher JsonContentType { get; } = Match.Regex("^application/json.*", "application/json");

    /// <summary>A rejected peering, fields at the top level (REJ-002), status exactly REJECTED (REJ-006).</summary>
    public static object RejectedPeering { get; } = new
    {
        id = Match.Uuid(PeeringId),
        name = Match.Type("peering-1"),
        request_vpc_info = VpcInfo("9daeac7c-a98f-430f-8e38-67f9c044e299", "5f0d3c1a9b7e4d2c8a6f1e3b5d7c9a0b"),
        accept_vpc_info = VpcInfo("f583c072-0bb8-4e19-afb2-afb7c1693be5", "f65e9ebc-ed5d-418b-a931-9a723718ba4e"),
        status = "REJECTED",
    };

    /// <summary>Any JSON object: with a type matcher, an empty example accepts every key a provider adds.</summary>
    public static Matcher AnyJsonObject { get; } = Match.Type(new { });

    /// <summary>The API gateway's authentication error body.</summary>
    public static object GatewayError { get; } = new
    {
        error_code = Match.Type("APIGW.0301"),
        error_msg = Match.Type("Incorrect IAM authentication information: X-Auth-Token is missing or not valid."),
    };

    private static object VpcInfo(string vpcId, string tenantId) => new
    {
        vpc_id = Match.Type(vpcId),
        tenant_id = Match.Regex(TenantIdPattern, tenantId),
    };
}
