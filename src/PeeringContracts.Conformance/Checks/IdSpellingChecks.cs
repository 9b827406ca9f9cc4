using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A reject that names a real peering in another spelling or path is the same reject, or none at all.</summary>
internal static class IdSpellingChecks
{
    public static readonly ConformanceCheck OtherSpellingsRejectOrRefuse = new(
        new Requirement("REJ-039", Should, RequirementCategory.BadInput,
            "A reject that names a real pending peering in another spelling of its id or another form of its path (other letter case, no hyphens, braces, URN, whitespace, extra or empty segments) never answers 5xx: it is refused (4xx with a documented error body, nothing changes) or it is the reject itself (2xx, the peering REJECTED and nothing else changed), and the requesting tenant is refused it as the canonical reject.",
            "inferred: RFC 9562 §4 (UUIDs are case-insensitive on input), RFC 3986 §6 (equivalent paths are the server's to say); [SEED] only the accepting tenant rejects; error shapes as REJ-010"),
        context => Scenarios.EachFormRejectsOrIsRefusedAsync(
            context,
            PeeringIdForms.RejectPathsOfARealPeering,
            (id, path) => new ApiRequest(HttpMethod.Put, path(id)),
            beforeEach: (form, request) => RequesterIsRefusedAsync(context, form, request),
            judgeRefusal: Expect.DocumentedErrorBody));

    private static async Task RequesterIsRefusedAsync(CheckContext context, string form, ApiRequest request)
    {
        if (!context.HasRequester)
        {
            return;
        }

        var byRequester = await context.SendAsync(request, context.Requester);
        if (byRequester.StatusCode is < 300 or >= 500)
        {
            throw new RequirementFailedException(
                $"a refusal (4xx) of the reject sent by the requesting tenant with {form}, as the canonical reject is refused (REJ-015)",
                $"status {byRequester.StatusCode}",
                byRequester);
        }
    }
}
