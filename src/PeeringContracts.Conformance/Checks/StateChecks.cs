using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>What a reject does to the stored peering, and which transitions it must refuse.</summary>
internal static class StateChecks
{
    private const int MaxListPages = 50;

    public static readonly ConformanceCheck ShowSaysRejected = new(
        new Requirement("REJ-007", Must, RequirementCategory.State,
            "After the reject, showing the peering returns status `REJECTED`.",
            "[SEED] reject refuses the request; [SDK-GO] status enum REJECTED; [OTC] show peering"),
        async context =>
        {
            var (fixture, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            await Expect.StatusIsAsync(context, fixture.Id, PeeringStatus.Rejected, exchange);
        });

    public static readonly ConformanceCheck ListFindsRejected = new(
        new Requirement("REJ-008", Must, RequirementCategory.State,
            "After the reject, the list filtered by `status=REJECTED` contains the peering.",
            "[OTC] list peerings with the status filter; [SDK-GO] ListVpcPeeringsRequest.status"),
        async context =>
        {
            var (fixture, exchange) = await Scenarios.SuccessfulRejectAsync(context);
            var query = new PeeringListQuery(Status: PeeringStatus.Rejected, Id: fixture.Id);
            for (var page = 0; page < MaxListPages; page++)
            {
                var result = await context.Accepter.ListAsync(query, context.CancellationToken);
                if (result.Peerings.Any(peering => string.Equals(peering.Id, fixture.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    return;
                }

                if (result.Peerings.Count == 0 || !result.Links.Any(link => link.Rel == "next"))
                {
                    break;
                }

                query = query with { Marker = result.Peerings[^1].Id };
            }

            throw new RequirementFailedException(
                $"peering {fixture.Id} in GET /v2.0/vpc/peerings?status=REJECTED&id={fixture.Id}",
                "a list without it (the reject answer is shown below)",
                exchange);
        });

    public static readonly ConformanceCheck ActiveCannotBeRejected = new(
        new Requirement("REJ-017", Should, RequirementCategory.State,
            "Rejecting an `ACTIVE` peering answers 4xx and the peering stays `ACTIVE`.",
            "inferred: [TF] refuses to reject outside PENDING_ACCEPTANCE; the status enum has no way back from ACTIVE"),
        async context =>
        {
            var fixture = await context.ActivePeeringAsync();
            var exchange = await context.RejectAsync(fixture.Id);
            Expect.ClientError(exchange, $"rejecting ACTIVE peering {fixture.Id}");
            await Expect.StatusIsAsync(context, fixture.Id, PeeringStatus.Active, exchange);
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

            await Expect.StatusIsAsync(context, fixture.Id, PeeringStatus.Rejected, second);
        });

    public static readonly ConformanceCheck RejectedCannotBeAccepted = new(
        new Requirement("REJ-019", Should, RequirementCategory.State,
            "Accepting a rejected peering answers 4xx and the peering stays `REJECTED`.",
            "inferred: accept only from PENDING_ACCEPTANCE ([TF], state machine)"),
        async context =>
        {
            var (fixture, _) = await Scenarios.SuccessfulRejectAsync(context);
            var accept = await context.SendAsync(ApiRequest.Accept(fixture.Id));
            Expect.ClientError(accept, $"accepting rejected peering {fixture.Id}");
            await Expect.StatusIsAsync(context, fixture.Id, PeeringStatus.Rejected, accept);
        });
}
