using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Verdicts of the kinds a provider team reads most, each turned into a result by the runner itself from what a check
/// of <see cref="MadeUpCheck"/> throws, with exchanges written out by hand so that nothing in them varies from run to run.
/// </summary>
internal static class RepresentativeResults
{
    private const string PeeringUrl = "https://vpc.example.test/v2.0/vpc/peerings/0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e";

    /// <summary>The reject answered 200 with the peering still pending.</summary>
    public static Task<CheckResult> RequirementFailureAsync() =>
        MadeUpCheck.RunAsync("A reject answers the peering with status REJECTED.", _ => throw new RequirementFailedException(
            "status: \"REJECTED\"", "status: \"PENDING_ACCEPTANCE\"", Exchange("PUT", "/reject", 200,
                "{\"peering\":{\"id\":\"0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e\",\"name\":\"pc-seed-42\",\"status\":\"PENDING_ACCEPTANCE\"}}")));

    /// <summary>No outsider tenant under the strict profile.</summary>
    public static Task<CheckResult> CouldNotRunUnderStrictAsync() =>
        MadeUpCheck.RunAsync("An unrelated tenant cannot reject the peering.", _ => throw new PrerequisiteMissingException(
            "PEERING_OUTSIDER_TOKEN is not set, so no unrelated tenant can be played."));

    /// <summary>The show that reads the outcome answered 500.</summary>
    public static Task<CheckResult> HelperRequestFailureAsync() =>
        MadeUpCheck.RunAsync("A rejected peering reads as REJECTED.", _ => throw new HelperRequestFailedException(
            "/v2.0/vpc/peerings/0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e answered 500", Exchange("GET", string.Empty, 500,
                "{\"error_code\":\"VPC.0001\",\"error_msg\":\"internal error\"}")));

    /// <summary>The requirement failure, and the end-of-run audit found the refused peering changed as well.</summary>
    public static async Task<CheckResult> AuditFindingOnAFailureAsync() =>
        new AuditFinding(MadeUpCheck.RequirementId, "peering 0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e as it was before", "status: \"PENDING_ACCEPTANCE\" → \"REJECTED\"")
            .FailedResult(await RequirementFailureAsync());

    private static PeeringExchange Exchange(string method, string pathTail, int status, string body) => new(
        method,
        new Uri(PeeringUrl + pathTail),
        new Dictionary<string, string> { ["X-Auth-Token"] = "***" },
        RequestBody: null,
        status,
        "application/json",
        new Dictionary<string, string> { ["X-Request-Id"] = "req-0001" },
        body,
        TimeSpan.FromMilliseconds(12));
}
