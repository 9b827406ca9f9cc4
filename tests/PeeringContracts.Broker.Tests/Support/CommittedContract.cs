using PeeringContracts.TestSupport;

namespace PeeringContracts.Broker.Tests.Support;

internal static class CommittedContract
{
    public static string File => Path.Combine(RepositoryRoot.Pacts, "peering-console-vpc-peering-api.json");
}
