using System.Collections.Concurrent;
using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// <c>PEERING_FIXTURES=api</c>: creates each peering through <c>POST /v2.0/vpc/peerings</c> as the requesting tenant,
/// from its VPC to the accepting tenant's VPC, and deletes every one of them at the end.
/// </summary>
public sealed class ApiFixtures(
    PeeringApiClient requester, PeeringApiClient accepter, string requesterVpcId, string accepterVpcId, string accepterTenantId)
    : IPeeringFixtures
{
    private readonly ConcurrentQueue<string> created = new();

    public async Task<PeeringFixture> CreatePendingAsync(string name, CancellationToken cancellationToken)
    {
        var request = new CreatePeeringRequest(name, new VpcInfo(requesterVpcId), new VpcInfo(accepterVpcId, accepterTenantId));
        var peering = await FixtureSteps.RunAsync("creating a pending peering as the requesting tenant",
            () => requester.CreateAsync(request, cancellationToken));
        created.Enqueue(peering.Id);
        FixtureSteps.RequireStatus(peering, PeeringStatus.PendingAcceptance,
            "creating a cross-tenant peering (are PEERING_REQUESTER_TOKEN and PEERING_ACCEPTER_TENANT_ID different tenants?)");

        var expected = new Peering(peering.Id, name,
            new VpcInfo(requesterVpcId, peering.RequestVpcInfo.TenantId),
            new VpcInfo(accepterVpcId, accepterTenantId),
            PeeringStatus.PendingAcceptance);
        return new PeeringFixture(peering.Id, expected);
    }

    public async Task<PeeringFixture> CreateActiveAsync(string name, CancellationToken cancellationToken)
    {
        var pending = await CreatePendingAsync(name, cancellationToken);
        var accepted = await FixtureSteps.AcceptAsync(accepter, pending.Id, cancellationToken);
        FixtureSteps.RequireStatus(accepted, PeeringStatus.Active, "accepting the peering to make an ACTIVE one");
        return pending with { Expected = pending.Expected with { Status = PeeringStatus.Active } };
    }

    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        while (created.TryDequeue(out var peeringId))
        {
            var problem = await DeleteAsync(peeringId, cancellationToken);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
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
