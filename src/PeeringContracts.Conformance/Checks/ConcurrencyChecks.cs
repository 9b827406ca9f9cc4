using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Accept and reject racing for one pending peering: the state machine must pick exactly one.</summary>
internal static class ConcurrencyChecks
{
    private const int Rounds = 10;

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
