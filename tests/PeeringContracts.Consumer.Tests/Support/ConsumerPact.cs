using PeeringContracts.Client;
using PeeringContracts.Pact;

namespace PeeringContracts.Consumer.Tests.Support;

/// <summary>The contract between the peering console and the VPC peering API.</summary>
internal static class ConsumerPact
{
    public const string Consumer = "peering-console";
    public const string Provider = "vpc-peering-api";
    public const string FileName = $"{Consumer}-{Provider}.json";

    /// <summary>
    /// A fresh pact (interactions with overlapping paths must not share a mock server) whose one interaction rejects
    /// the peering the provider state made.
    /// </summary>
    public static (PactBuilder Pact, RequestBuilder Request) Reject(string description, string providerState)
    {
        var pact = PactBuilder.V4(Consumer, Provider, new PactConfig { PactDir = ContractRun.OutputFolder });
        var request = pact.UponReceiving(description)
            .Given(providerState)
            .WithRequest(HttpMethod.Put, RejectExamples.RejectPath);
        return (pact, request);
    }

    /// <summary>The console's client, pointed at the mock provider, as the given tenant (null: no token at all).</summary>
    public static PeeringApiClient Client(ConsumerContext context, string? token) =>
        new(new PeeringClientOptions(context.MockServerUri, token, TimeSpan.FromSeconds(10)));

    /// <summary>Verifies the pact with the console rejecting as <paramref name="token"/>'s tenant, which must be refused.</summary>
    public static async Task<PeeringApiException> VerifyRejectIsRefusedAsync(PactBuilder pact, string? token)
    {
        PeeringApiException? refusal = null;
        await pact.VerifyAsync(async context =>
        {
            using var client = Client(context, token);
            refusal = await Should.ThrowAsync<PeeringApiException>(client.RejectAsync(RejectExamples.PeeringId));
        });
        return refusal.ShouldNotBeNull();
    }
}
