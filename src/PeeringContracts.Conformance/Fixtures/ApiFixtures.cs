using System.Collections.Concurrent;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// <c>PEERING_FIXTURES=api</c>: creates each peering through <c>POST /v2.0/vpc/peerings</c> as the requesting tenant,
/// from its VPC to the accepting tenant's VPC, and deletes it as soon as its check is done (or at the end of the run).
/// When the provider refuses a create with 409 (one live peering per VPC pair), <paramref name="makeRoom"/> is asked to
/// give back peerings kept for later (the end-of-run audit's) before the create is tried again.
/// </summary>
public sealed class ApiFixtures(
    PeeringApiClient requester, PeeringApiClient accepter, ApiFixtureSource source, KnownParties parties, Func<CancellationToken, Task> makeRoom) : IPeeringFixtures
{
    /// <summary>
    /// Some providers allow one live peering per VPC pair, or throttle creation: a 409 or 429 is retried while other
    /// checks release theirs, for at most this long. Generous on purpose: on a loaded machine the checks ahead in the
    /// queue hold their peerings longer, and waiting costs nothing when the provider does not refuse.
    /// </summary>
    private static readonly TimeSpan ConflictPatience = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, bool> live = new(StringComparer.OrdinalIgnoreCase);

    public ExpectedFromProvider ExpectedFromProvider { get; } = new();

    public bool CanMakeActivePeerings => true;

    public async Task<PeeringFixture> CreatePendingAsync(string name, string? description, CancellationToken cancellationToken)
    {
        var request = new CreatePeeringRequest(
            name, new VpcInfo(source.RequesterVpcId), new VpcInfo(source.AccepterVpcId, source.AccepterTenantId), description);
        var peering = await CreatePatientlyAsync(request, cancellationToken);
        FixtureSteps.RequireStatus(peering, PeeringStatus.PendingAcceptance,
            "creating a cross-tenant peering (are PEERING_REQUESTER_TOKEN and PEERING_ACCEPTER_TENANT_ID different tenants?)");

        var expected = parties.Overrule(
            peering with { Name = name, Description = description ?? peering.Description, Status = PeeringStatus.PendingAcceptance }, ExpectedFromProvider);
        return new PeeringFixture(peering.Id, expected);
    }

    public async Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken)
    {
        var pending = await CreatePendingAsync(name, description: null, cancellationToken);
        var accepted = await FixtureSteps.AcceptAsync(accepter, pending.Id, cancellationToken);
        FixtureSteps.RequireStatus(accepted, PeeringStatus.Active, "accepting the peering to make an ACTIVE one");
        return pending with { Expected = pending.Expected with { Status = PeeringStatus.Active } };
    }

    public async Task ReleaseAsync(PeeringFixture fixture, CancellationToken cancellationToken)
    {
        if (live.ContainsKey(fixture.Id) && await DeleteAsync(fixture.Id, cancellationToken) is null)
        {
            live.TryRemove(fixture.Id, out _);
        }
    }

    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var peeringId in live.Keys)
        {
            var problem = await DeleteAsync(peeringId, cancellationToken);
            if (problem is null)
            {
                live.TryRemove(peeringId, out _);
            }
            else
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private async Task<Peering> CreatePatientlyAsync(CreatePeeringRequest request, CancellationToken cancellationToken)
    {
        const string step = "creating a pending peering as the requesting tenant";
        var giveUpAt = DateTimeOffset.UtcNow + ConflictPatience;
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                var peering = await requester.CreateAsync(request, cancellationToken);
                live.TryAdd(peering.Id, true);
                return peering;
            }
            catch (PeeringApiException refused) when (refused.StatusCode is 409 or 429 && DateTimeOffset.UtcNow < giveUpAt)
            {
                if (refused.StatusCode == 409)
                {
                    await makeRoom(cancellationToken);
                }

                await Task.Delay(pause, cancellationToken);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
            catch (PeeringApiException throttled) when (throttled.StatusCode == Throttling.StatusCode)
            {
                throw Throttling.CouldNotJudge(throttled.Exchange);
            }
            catch (PeeringApiException refused)
            {
                throw new FixtureFailedException(step, refused.StatusCode is 409
                    ? $"{refused.Message}; still refused after {ConflictPatience.TotalMinutes:0} minutes. If the provider allows one live peering per VPC pair, run the checks one at a time: add '-- NUnit.NumberOfTestWorkers=1' to the dotnet test command."
                    : refused.Message, refused.Exchange);
            }
            catch (PeeringTransportException lost)
            {
                // The create may have happened although no answer came: find it by its (generated) name for cleanup.
                await AdoptByNameAsync(request.Name, cancellationToken);
                throw new FixtureFailedException(step, lost.Message);
            }
            catch (PeeringResponseException unreadable)
            {
                // The peering may exist although its answer is not in the documented shape: keep its id for cleanup.
                if (FixtureSteps.CreatedIdIn(unreadable.Exchange.Body) is { } createdId)
                {
                    live.TryAdd(createdId, true);
                }

                throw new FixtureFailedException(step, unreadable.Message, unreadable.Exchange);
            }
        }
    }

    private async Task AdoptByNameAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var page = await requester.ListAsync(new PeeringListQuery(Name: name), cancellationToken);
            foreach (var peering in page.Peerings.Where(peering => peering.Name == name))
            {
                live.TryAdd(peering.Id, true);
            }
        }
        catch (Exception unreachable) when (unreachable is PeeringApiException or PeeringResponseException or PeeringTransportException)
        {
            // Nothing more can be learnt here; the check already fails with the lost create.
        }
    }

    /// <summary>Either side may delete; the requester tries first, the accepter second. 404 means already gone.</summary>
    private async Task<string?> DeleteAsync(string peeringId, CancellationToken cancellationToken)
    {
        string? lastError = null;
        foreach (var client in new[] { requester, accepter })
        {
            try
            {
                var exchange = await client.SendAsync(ApiRequest.Delete(peeringId), cancellationToken);
                if (exchange.StatusCode is >= 200 and < 300 or 404)
                {
                    return null;
                }

                lastError = $"DELETE answered {exchange.StatusCode}";
            }
            catch (PeeringTransportException error)
            {
                lastError = error.Message;
            }
        }

        return $"peering {peeringId} could not be deleted ({lastError}); remove it by hand.";
    }
}
