using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Requests racing for one pending peering: the state machine must pick one outcome and never fail.</summary>
internal static class ConcurrencyChecks
{
    private const int Rounds = 2;

    private const int ConcurrentRejectRounds = 2;

    public static readonly ConformanceCheck AcceptRejectRaceHasOneWinner = new(
        new Requirement("REJ-022", Should, RequirementCategory.Concurrency,
            "Concurrent accept and reject of one pending peering: exactly one succeeds, the other gets 4xx, and the final state matches the winner.",
            "inferred: PENDING_ACCEPTANCE leaves to exactly one of ACTIVE or REJECTED"),
        async context =>
        {
            for (var round = 1; round <= Rounds; round++)
            {
                var fixture = await context.PendingPeeringAsync();
                var accept = context.SendAsync(ApiRequest.Accept(fixture.Id));
                var reject = context.RejectAsync(fixture.Id);
                await Task.WhenAll(accept, reject);
                await JudgeRoundAsync(context, round, fixture.Id, await accept, await reject);
                await context.ReleaseAsync(fixture);
            }
        });

    public static readonly ConformanceCheck ConcurrentRejectsAgree = new(
        new Requirement("REJ-033", Should, RequirementCategory.Concurrency,
            "Two rejects of one pending peering sent together each answer 200 or 4xx (never 5xx), at least one answers 200, and the peering ends `REJECTED`.",
            "inferred: a second reject answers 4xx or is idempotent (REJ-018), whenever it arrives; no request yields 5xx"),
        async context =>
        {
            for (var round = 1; round <= ConcurrentRejectRounds; round++)
            {
                var fixture = await context.PendingPeeringAsync();
                var answers = await Task.WhenAll(context.RejectAsync(fixture.Id), context.RejectAsync(fixture.Id));
                var statuses = $"statuses {string.Join(" and ", answers.Select(answer => answer.StatusCode).Order())}";
                if (answers.FirstOrDefault(answer => answer.StatusCode is < 200 or (>= 300 and < 400) or >= 500) is { } wrong)
                {
                    throw new RequirementFailedException($"200 or 4xx for each of two rejects sent together (round {round} of {ConcurrentRejectRounds})", statuses, wrong);
                }

                var winner = answers.FirstOrDefault(answer => answer.StatusCode is >= 200 and < 300)
                    ?? throw new RequirementFailedException($"at least one of two rejects sent together to succeed (round {round} of {ConcurrentRejectRounds})", statuses, answers[0]);
                await Expect.StatusBecomesAsync(context, fixture.Id, PeeringStatus.Rejected, winner);
                await context.ReleaseAsync(fixture);
            }
        });

    private static async Task JudgeRoundAsync(CheckContext context, int round, string peeringId, PeeringExchange accept, PeeringExchange reject)
    {
        var acceptWon = accept.StatusCode is >= 200 and < 300;
        var rejectWon = reject.StatusCode is >= 200 and < 300;
        if (acceptWon == rejectWon)
        {
            throw new RequirementFailedException(
                $"exactly one of accept and reject to succeed (round {round} of {Rounds})",
                $"accept {accept.StatusCode}, reject {reject.StatusCode}",
                rejectWon ? reject : accept);
        }

        var (winner, loser) = acceptWon ? (accept, reject) : (reject, accept);
        Expect.ClientError(loser, $"the {(acceptWon ? "reject" : "accept")} that lost the race for peering {peeringId} (round {round} of {Rounds})");
        await Expect.StatusBecomesAsync(context, peeringId, acceptWon ? PeeringStatus.Active : PeeringStatus.Rejected, winner);
    }
}
