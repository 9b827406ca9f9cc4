using System.Net;
using PeeringContracts.Client;
using PeeringContracts.Consumer.Tests.Support;
using PeeringContracts.Pact.Matchers;

namespace PeeringContracts.Consumer.Tests;

/// <summary>What the peering console needs from <c>PUT /v2.0/vpc/peerings/{id}/reject</c>, one interaction per test.</summary>
public class RejectPeeringContractTests
{
    [Test]
    [Property("Requirement", "REJ-001 REJ-002 REJ-003 REJ-006")]
    public async Task The_accepting_tenant_rejects_a_pending_peering()
    {
        var (pact, request) = ConsumerPact.Reject("a request to reject a pending peering", "a pending peering request");
        request.WithHeader("X-Auth-Token", RejectExamples.AccepterTokenHeader)
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithHeader("Content-Type", RejectExamples.JsonContentType)
            .WithJsonBody(RejectExamples.RejectedPeering);

        await pact.VerifyAsync(async context =>
        {
            using var client = ConsumerPact.Client(context, RejectExamples.AccepterToken);

            var peering = await client.RejectAsync(RejectExamples.PeeringId);

            peering.Status.ShouldBe("REJECTED");
            Guid.TryParse(peering.Id, out _).ShouldBeTrue($"the id '{peering.Id}' should be a UUID");
            peering.Name.ShouldBe("peering-1");
            peering.RequestVpcInfo.ShouldBe(new VpcInfo("9daeac7c-a98f-430f-8e38-67f9c044e299", "5f0d3c1a9b7e4d2c8a6f1e3b5d7c9a0b"));
            peering.AcceptVpcInfo.ShouldBe(new VpcInfo("f583c072-0bb8-4e19-afb2-afb7c1693be5", "f65e9ebc-ed5d-418b-a931-9a723718ba4e"));
        });
    }

    // What the console relies on here: the status 404 (it drops the peering from its list and says it is gone) and a
    // JSON object body, which its client parses. The client reads the code and message from any of the three documented
    // error shapes (NeutronError, error_code/error_msg, code/message) and the console shows the message only when there
    // is one, so pinning one shape would fail providers the console works with. Pact cannot say "one of these shapes",
    // so the contract asks for no key at all; which shapes are allowed is checked by the conformance suite (REJ-010)
    // against schemas/error.
    [Test]
    [Property("Requirement", "REJ-009")]
    public async Task Rejecting_an_unknown_peering_is_404_with_a_json_object()
    {
        var (pact, request) = ConsumerPact.Reject("a request to reject a peering that does not exist", "no peering");
        request.WithHeader("X-Auth-Token", RejectExamples.AccepterTokenHeader)
            .WillRespond()
            .WithStatus(HttpStatusCode.NotFound)
            .WithHeader("Content-Type", RejectExamples.JsonContentType)
            .WithJsonBody(RejectExamples.AnyJsonObject);

        var refusal = await ConsumerPact.VerifyRejectIsRefusedAsync(pact, RejectExamples.AccepterToken);

        refusal.StatusCode.ShouldBe(404);
    }

    [Test]
    [Property("Requirement", "REJ-013")]
    public async Task Rejecting_without_a_token_is_401()
    {
        var (pact, request) = ConsumerPact.Reject("a request to reject a pending peering without a token", "a pending peering request");
        request.WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithHeader("Content-Type", RejectExamples.JsonContentType)
            .WithJsonBody(RejectExamples.GatewayError);

        var refusal = await ConsumerPact.VerifyRejectIsRefusedAsync(pact, token: null);

        refusal.StatusCode.ShouldBe(401);
        refusal.Code.ShouldBe("APIGW.0301");
    }

    [Test]
    [Property("Requirement", "REJ-017")]
    public async Task Rejecting_an_active_peering_is_a_client_error()
    {
        var (pact, request) = ConsumerPact.Reject("a request to reject an active peering", "an active peering");
        request.WithHeader("X-Auth-Token", RejectExamples.AccepterTokenHeader)
            .WillRespond()
            // The exact code is undocumented (400 or 409): the contract asks only for a 4xx.
            .WithStatus(Match.StatusClass(StatusClass.ClientError, example: 409));

        var refusal = await ConsumerPact.VerifyRejectIsRefusedAsync(pact, RejectExamples.AccepterToken);

        refusal.StatusCode.ShouldBe(409);
    }

    [Test]
    [Property("Requirement", "REJ-015")]
    public async Task The_requesting_tenant_cannot_reject_its_own_request()
    {
        var (pact, request) = ConsumerPact.Reject("a request by the requesting tenant to reject its own peering request", "a pending peering request");
        request.WithHeader("X-Auth-Token", RejectExamples.RequesterTokenHeader)
            .WillRespond()
            // 403 or 404 are both plausible: the contract asks only for a 4xx.
            .WithStatus(Match.StatusClass(StatusClass.ClientError, example: 403));

        var refusal = await ConsumerPact.VerifyRejectIsRefusedAsync(pact, RejectExamples.RequesterToken);

        refusal.StatusCode.ShouldBe(403);
    }
}
