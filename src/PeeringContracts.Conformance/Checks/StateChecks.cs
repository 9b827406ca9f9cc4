using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>What a reject does to the stored peering, and which transitions it must refuse.</summary>
internal static class StateChecks
{
    public static readonly ConformanceCheck ShowSaysRejected = new(
        new Requirement("REJ-007", Must, RequirementCategory.State,
            "After the reject, showing the peering returns status `REJECTED` with its name and VPC infos unchanged.",
            "[SEED] reject refuses the request; [SDK-GO] status enum REJECTED; [OTC] show peering"),
        async context =>
        {
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var show = await Eventually.ReadAsync(
                () => context.SendAsync(ApiRequest.Show(fixture.Id)),
                exchange => StatusIn(exchange, "peering.status") == PeeringStatus.Rejected,
                context.Settings.SettleWindow,
                context.CancellationToken);
            Expect.Status(show, 200);
            Expect.Equal("peering.status", PeeringStatus.Rejected, JsonBody.StringAt(JsonBody.Object(show), "peering.status"), show);
            Expect.SamePeering(fixture.Expected, show, at: "peering.");
        });

    public static readonly ConformanceCheck ListFindsRejected = new(
        new Requirement("REJ-008", Must, RequirementCategory.State,
            "After the reject, the peering is listed under `status=REJECTED` (which lists only REJECTED peerings) and not under `status=PENDING_ACCEPTANCE`.",
            "[OTC] list peerings with the status filter; [SDK-GO] ListVpcPeeringsRequest.status"),
        async context =>
        {
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var underRejected = await Eventually.ReadAsync(
                () => ListSearch.RunAsync(context, PeeringStatus.Rejected, fixture.Id), found => found.Found, context.Settings.SettleWindow, context.CancellationToken);
            if (!underRejected.Found)
            {
                throw new RequirementFailedException(
                    $"peering {fixture.Id} in the list filtered by status=REJECTED (searched {underRejected.Pages} page(s))",
                    "a list without it",
                    underRejected.Last);
            }

            var underPending = await ListSearch.RunAsync(context, PeeringStatus.PendingAcceptance, fixture.Id);
            if (underPending.Found)
            {
                throw new RequirementFailedException(
                    $"rejected peering {fixture.Id} absent from the list filtered by status=PENDING_ACCEPTANCE", "it is listed there", underPending.Last);
            }
        });

    public static readonly ConformanceCheck ActiveCannotBeRejected = new(
        new Requirement("REJ-017", Should, RequirementCategory.State,
            "Rejecting an `ACTIVE` peering answers 4xx and the peering stays `ACTIVE`.",
            "inferred: [TF] refuses to reject outside PENDING_ACCEPTANCE; the status enum has no way back from ACTIVE"),
        async context =>
        {
            var fixture = await context.ActivePeeringAsync();
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.Active);
            var exchange = await context.RejectAsync(fixture.Id);
            Expect.ClientError(exchange, $"rejecting ACTIVE peering {fixture.Id}");
            await Expect.UnchangedAsync(context, before, exchange);
        });

    public static readonly ConformanceCheck SecondRejectKeepsRejected = new(
        new Requirement("REJ-018", Should, RequirementCategory.State,
            "A second reject answers 4xx, or 200 with `REJECTED`; the peering stays `REJECTED`.",
            "inferred: reject only from PENDING_ACCEPTANCE, or idempotent"),
        async context =>
        {
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var second = await context.RejectAsync(fixture.Id);
            var idempotent = second.StatusCode == 200
                && JsonBody.TryParseObject(second.Body, out var body)
                && JsonBody.StringAt(body, "status") == PeeringStatus.Rejected;
            if (!idempotent && second.StatusCode is < 400 or >= 500)
            {
                throw new RequirementFailedException("a 4xx, or 200 with status REJECTED, for the second reject",
                    $"status {second.StatusCode}", second);
            }

            await Expect.StatusBecomesAsync(context, fixture.Id, PeeringStatus.Rejected, second);
        });

    public static readonly ConformanceCheck RejectedCannotBeAccepted = new(
        new Requirement("REJ-019", Should, RequirementCategory.State,
            "Accepting a rejected peering answers 4xx and the peering stays `REJECTED`.",
            "inferred: accept only from PENDING_ACCEPTANCE ([TF], state machine)"),
        async context =>
        {
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.Rejected);
            var accept = await context.SendAsync(ApiRequest.Accept(fixture.Id));
            Expect.ClientError(accept, $"accepting rejected peering {fixture.Id}");
            await Expect.UnchangedAsync(context, before, accept);
        });

    /// <summary>The status at <paramref name="path"/> of a JSON body, or null.</summary>
    public static string? StatusIn(PeeringExchange exchange, string path) =>
        JsonBody.TryParseObject(exchange.Body, out var body) ? JsonBody.StringAt(body, path) : null;
}
