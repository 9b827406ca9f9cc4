namespace PeeringContracts.Consumer.Tests.Support;

/// <summary>
/// Every run writes the contract from scratch, so an interaction renamed or removed in the tests leaves the file too.
/// The core merges interactions in a sorted order, so the file does not depend on the order the tests ran in.
/// </summary>
[SetUpFixture]
public sealed class PactFileReset
{
    [OneTimeSetUp]
    public void DeleteThePreviousContract() => File.Delete(ConsumerPact.FilePath);
}
