using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Loopback;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

/// <summary>The committed consumer contract, verified through this binding against the reference provider.</summary>
public class CommittedContractTests
{
    private const string UnknownPeering = "a request to reject a peering that does not exist";

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

    [Test]
    public async Task A_provider_answering_code_and_message_errors_honours_the_contract()
    {
        await using var provider = await ReferenceProviderHost.StartAsync(
            new ReferenceProviderOptions { EnableProviderStates = true, Quirks = ["code-message-errors"] });

        var result = Verify(provider);

        result.Passed.ShouldBeTrue(result.ToString());
    }

    [Test]
    public async Task A_provider_answering_the_unknown_peering_with_error_code_and_error_msg_honours_the_contract()
    {
        using var folder = new TemporaryFolder();
        var unknownPeeringOnly = WriteContractWithOnly(UnknownPeering, folder.File("unknown-peering.json"));
        await using var provider = await LoopbackHost.StartAsync(endpoints =>
        {
            endpoints.MapPost("/_pact/provider-states", () => Results.Json(new { peeringId = Guid.NewGuid(), accepterToken = "stub-accepter-token" }));
            endpoints.MapPut("/v2.0/vpc/peerings/{id}/reject", (string id) => Results.Json(
                new { error_code = "VPC.0601", error_msg = $"Peering {id} does not exist." }, statusCode: StatusCodes.Status404NotFound));
        });

        var result = Verify(provider.BaseUrl, unknownPeeringOnly);

        result.Passed.ShouldBeTrue(result.ToString());
    }

    [Test]
    public async Task A_provider_answering_errors_as_html_pages_fails_on_the_unknown_peering()
    {
        await using var provider = await ReferenceProviderHost.StartAsync(
            new ReferenceProviderOptions { EnableProviderStates = true, Faults = ["html-error-pages"] });

        var result = Verify(provider);

        result.Passed.ShouldBeFalse();
        result.Failures.Select(failure => failure.Description).ShouldContain(UnknownPeering, result.ToString());
    }

    private static VerificationResult Verify(ReferenceProviderHost provider) => Verify(provider.BaseUrl, ContractFile);

    private static VerificationResult Verify(Uri provider, string contractFile)
    {
        using var verifier = new PactVerifier("vpc-peering-api");
        return verifier
            .WithHttpEndpoint(provider)
            .WithFileSource(contractFile)
            .WithProviderStateUrl(new Uri(provider, "_pact/provider-states"))
            .WithRequestTimeout(TimeSpan.FromSeconds(10))
            .Verify();
    }

    private static string WriteContractWithOnly(string description, string file)
    {
        var contract = JsonNode.Parse(File.ReadAllText(ContractFile))!.AsObject();
        contract["interactions"] = new JsonArray([.. contract["interactions"]!.AsArray()
            .Where(interaction => interaction!["description"]!.GetValue<string>() == description)
            .Select(interaction => interaction!.DeepClone())]);
        File.WriteAllText(file, contract.ToJsonString());
        return file;
    }
}
