using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A deleted peering is gone: a reject neither succeeds on it nor brings it back.</summary>
internal static class DeletionChecks
{
    public static readonly ConformanceCheck DeletedCannotBeRejected = new(
        new Requirement("REJ-027", Should, RequirementCategory.State,
            "Rejecting a deleted peering answers 4xx and does not bring it back: show still answers 404 or status `DELETED`.",
            "inferred: a deleted peering is an unknown id ([OTC] status_codes 404); [SDK-GO] status enum includes DELETED"),
        async context =>
        {
            var fixture = await context.PendingPeeringAsync();
            var deletion = await context.SendAsync(ApiRequest.Delete(fixture.Id));
            if (deletion.StatusCode is < 200 or >= 300)
            {
                throw new FixtureFailedException($"deleting peering {fixture.Id}", $"status {deletion.StatusCode}", deletion);
            }

            var show = () => context.SendAsync(ApiRequest.Show(fixture.Id));
            var afterDeletion = await Eventually.ReadAsync(show, IsGone, context.Settings.SettleWindow, context.CancellationToken);
            if (!IsGone(afterDeletion))
            {
                throw new FixtureFailedException($"deleting peering {fixture.Id}", "it is still shown after the settle window", afterDeletion);
            }

            var reject = await context.RejectAsync(fixture.Id);
            Expect.ClientError(reject, $"rejecting deleted peering {fixture.Id}");
            var afterReject = await Eventually.StaysAsync(show, IsGone, context.Settings.SettleWindow, context.CancellationToken);
            if (!IsGone(afterReject))
            {
                throw new RequirementFailedException(
                    $"deleted peering {fixture.Id} still gone after the reject (GET answers 404 or status {PeeringStatus.Deleted})",
                    $"status {afterReject.StatusCode}, peering.status {Expect.Quote(StateChecks.StatusIn(afterReject, "peering.status"))}",
                    reject);
            }
        });

    private static bool IsGone(PeeringExchange show) =>
        show.StatusCode == 404 || (show.StatusCode == 200 && StateChecks.StatusIn(show, "peering.status") == PeeringStatus.Deleted);
}
