using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>The reject as real clients send it: the official SDKs with a JSON content type and no body, a bare
/// client with neither.</summary>
internal static class RequestFormChecks
{
    private const string JsonMediaType = "application/json";

    public static readonly ConformanceCheck SdkAndBareRejectsWork = new(
        new Requirement("REJ-028", Must, RequirementCategory.Transport,
            "The reject succeeds as the official SDKs send it (PUT, `Content-Type: application/json`, no body) and as a bare client sends it (no content type).",
            "facts (documented, SDK): the reject request has no body and the SDKs send Content-Type application/json anyway; [SEED] the reject takes no body"),
        async context =>
        {
            foreach (var (contentType, how) in new[] { ((string?)JsonMediaType, "as the official SDKs send it"), (null, "without a content type") })
            {
                var fixture = await context.PendingPeeringAsync();
                var exchange = await context.SendAsync(ApiRequest.Reject(fixture.Id) with { ContentType = contentType });
                Expect.Success(exchange, $"rejecting pending peering {fixture.Id} {how}");
                await Expect.StatusBecomesAsync(context, fixture.Id, PeeringStatus.Rejected, exchange);
                await context.ReleaseAsync(fixture);
            }
        });
}
