using PeeringContracts.Client;
using PeeringContracts.Pact;

namespace PeeringContracts.Consumer.Tests.Support;

/// <summary>The contract between the peering console and the VPC peering API.</summary>
internal static class ConsumerPact
{
    public const string Consumer = "peering-console";
    public const string Provider = "vpc-peering-api";
    public const string FileName = $"{Consumer}-{Provider}.json";

    /// <summary>A fresh pact per test: interactions with overlapping paths must not share a mock server.</summary>
    public static PactBuilder Create() =>
        // Fully qualified: inside PeeringContracts.*, "Pact" alone names the namespace PeeringContracts.Pact.
        PeeringContracts.Pact.Pact.V4(Consumer, Provider, new PactConfig { PactDir = ContractRun.OutputFolder });

    /// <summary>The console's client, pointed at the mock provider, as the given tenant (null: no token at all).</summary>
    public static PeeringApiClient Client(ConsumerContext context, string? token) =>
        new(new PeeringClientOptions(context.MockServerUri, token, TimeSpan.FromSeconds(10)));
}
