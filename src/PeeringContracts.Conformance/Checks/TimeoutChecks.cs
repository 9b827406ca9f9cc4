using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Answers must come within <c>PEERING_TIMEOUT_SECONDS</c>: a client that waits forever is a client that hangs.</summary>
internal static class TimeoutChecks
{
    public static readonly ConformanceCheck AnswersWithinTimeout = new(
        new Requirement("REJ-023", Should, RequirementCategory.Transport,
            "Every response arrives within the configured timeout.",
            "inferred: PEERING_TIMEOUT_SECONDS, the budget a client gives one request"),
        async context =>
        {
            var fixture = await context.PendingPeeringAsync();
            ApiRequest[] requests =
            [
                ApiRequest.Reject(fixture.Id),
                ApiRequest.Show(fixture.Id),
                ApiRequest.List(new PeeringListQuery(Status: PeeringStatus.Rejected, Limit: 1)),
                ApiRequest.Reject(context.Data.UnknownPeeringId()),
            ];
            foreach (var request in requests)
            {
                await ExpectTimelyAsync(context, request);
            }
        });

    /// <summary>The client gives up after the configured timeout, so an answer at all is an answer in time. A connection
    /// that fails or closes without an answer is also no answer, but the evidence says so rather than calling it slow.</summary>
    private static async Task ExpectTimelyAsync(CheckContext context, ApiRequest request)
    {
        try
        {
            await context.SendAsync(request);
        }
        catch (PeeringTransportException error)
        {
            throw new RequirementFailedException(
                $"an answer to {request.Method} {request.Path} within {context.Settings.Timeout.TotalSeconds:0.#} s",
                TransportFailure.Describe(error, context.Settings.Timeout));
        }
    }
}
