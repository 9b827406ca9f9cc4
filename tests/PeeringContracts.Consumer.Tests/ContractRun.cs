using PeeringContracts.Consumer.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Consumer.Tests;

/// <summary>
/// Every run writes the contract from scratch into a folder of its own, so an interaction renamed or removed in the
/// tests leaves the file too, and then replaces the committed file in one rename: a reader of pacts/ (the provider
/// verification, running in parallel) never sees a half-written contract. The core merges interactions in a sorted
/// order, so the file does not depend on the order the tests ran in. Only a complete, passing run publishes.
/// </summary>
[SetUpFixture]
public sealed class ContractRun
{
    private static DirectoryInfo? output;

    /// <summary>Where this run's pact handles write.</summary>
    public static string OutputFolder => (output ?? throw new InvalidOperationException("the contract run has not started")).FullName;

    [OneTimeSetUp]
    public void StartWithoutAContract() => output = Directory.CreateTempSubdirectory("peering-console-pact-");

    [OneTimeTearDown]
    public void PublishTheContract()
    {
        var written = Path.Combine(OutputFolder, ConsumerPact.FileName);
        if (EveryContractTestPassed() && File.Exists(written))
        {
            var staged = Path.Combine(RepositoryRoot.Pacts, $".{ConsumerPact.FileName}.tmp");
            File.Copy(written, staged, overwrite: true);
            File.Move(staged, Path.Combine(RepositoryRoot.Pacts, ConsumerPact.FileName), overwrite: true);
        }
        else
        {
            TestContext.Progress.WriteLine(
                "pacts/ left as it was: only a complete run in which every consumer test passed rewrites the contract (a filtered or failing run would cut it down).");
        }

        Directory.Delete(OutputFolder, recursive: true);
    }

    private static bool EveryContractTestPassed()
    {
        var contractTests = typeof(ContractRun).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Count(method => method.IsDefined(typeof(TestAttribute), inherit: false));
        var result = TestContext.CurrentContext.Result;
        return result.FailCount == 0 && result.PassCount == contractTests;
    }
}
