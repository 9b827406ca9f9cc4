namespace PeeringContracts.Broker.Tests.Support;

/// <summary>What the broker stand-in accepts and answers.</summary>
internal sealed record BrokerStandInOptions(string ExpectedAuthorization)
{
    /// <summary>The pact served for verification: the committed contract unless a test gives another file.</summary>
    public string ServedPactFile { get; init; } = CommittedContract.File;

    /// <summary>What the matrix (can-i-deploy) answers.</summary>
    public bool Deployable { get; init; } = true;
}
