using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A reject is one peering's outcome: the tenant that asked sees it as the tenant that refused does.</summary>
internal static class RequesterViewChecks
{
    public static readonly ConformanceCheck RequesterSeesRejected = new(
        new Requirement("REJ-025", Must, RequirementCategory.State,
            "After the reject, the requesting tenant's show says `REJECTED` and its list finds the peering under `status=REJECTED`.",
            "[SEED] reject refuses the request; after a reject show returns REJECTED (facts: behaviour rules); [OTC] show and list for either side"),
        async context =>
        {
            var requester = context.Requester;
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var show = await Eventually.ReadAsync(
                () => context.SendAsync(ApiRequest.Show(fixture.Id), requester),
                exchange => StateChecks.StatusIn(exchange, "peering.status") == PeeringStatus.Rejected,
                context.Settings.SettleWindow,
                context.CancellationToken);
            Expect.Status(show, 200);
            Expect.Equal("peering.status (shown to the requesting tenant)", PeeringStatus.Rejected, StateChecks.StatusIn(show, "peering.status"), show);

            var listed = await Eventually.ReadAsync(
                () => ListSearch.RunAsync(context, PeeringStatus.Rejected, fixture.Id, requester),
                found => found.Found,
                context.Settings.SettleWindow,
                context.CancellationToken);
            if (!listed.Found)
            {
                throw new RequirementFailedException(
                    $"peering {fixture.Id} in the requesting tenant's list filtered by status=REJECTED (searched {listed.Pages} page(s))",
                    "a list without it",
                    listed.Last);
            }
        });
}
