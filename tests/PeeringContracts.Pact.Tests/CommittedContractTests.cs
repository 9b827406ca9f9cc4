using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

/// <summary>The committed consumer contract, verified through this binding against the reference provider.</summary>
public class CommittedContractTests
{
    private static readonly string ContractFile = Path.Combine(RepositoryRoot.Pacts, "peering-console-vpc-peering-api.json");

    [Test]
    public async Task The_clean_reference_provider_honours_the_committed_contract()
    {
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true });

        var result = Verify(provider);

        result.Passed.ShouldBeTrue(result.ToString());
        result.Failures.ShouldBeEmpty();
    }

    [Test]
    public async Task A_provider_that_wraps_the_reject_body_fails_on_the_reject_interaction_only()
    {
        await using var provider = await ReferenceProviderHost.StartAsync(
            new ReferenceProviderOptions { EnableProviderStates = true, Faults = ["wrapped-reject-body"] });

        var result = Verify(provider);

        result.Passed.ShouldBeFalse();
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Description.ShouldBe("a request to reject a pending peering");
        failure.Problems.ShouldContain(problem => problem.Contains("missing the following keys: accept_vpc_info, id, name, request_vpc_info, status"));
    }

    private static VerificationResult Verify(ReferenceProviderHost provider)
    {
        using var verifier = new PactVerifier("vpc-peering-api");
        return verifier
            .WithHttpEndpoint(provider.BaseUrl)
            .WithFileSource(ContractFile)
            .WithProviderStateUrl(new Uri(provider.BaseUrl, "_pact/provider-states"))
            .WithRequestTimeout(TimeSpan.FromSeconds(10))
            .Verify();
    }
}
