using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Loopback;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Matchers;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

public class VerifierTests
{
    private const string ApiKey = "verifier-test-key-4711";
    private const string Interaction = "a request for a thing";

    [Test]
    public async Task A_provider_that_honours_the_pact_passes()
    {
        using var folder = await WriteThingPactAsync();
        await using var provider = await StartThingProviderAsync(new { id = 42, name = "real thing" });

        var result = Verify(provider, folder);

        result.Passed.ShouldBeTrue(result.ToString());
        result.Failures.ShouldBeEmpty();
        Should.NotThrow(result.EnsurePassed);
    }

    [Test]
    public async Task A_provider_that_breaks_the_pact_fails_naming_the_interaction_and_each_problem()
    {
        using var folder = await WriteThingPactAsync();
        await using var provider = await StartThingProviderAsync(new { thing = new { id = 42, name = "wrapped" } });

        var result = Verify(provider, folder);

        result.Passed.ShouldBeFalse();
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Description.ShouldBe(Interaction);
        failure.ProviderStates.ShouldBe(["a thing exists"]);
        failure.Problems.ShouldContain(problem => problem.StartsWith("body at $: expected", StringComparison.Ordinal) && problem.Contains("missing the following keys: id, name"));
        var thrown = Should.Throw<PactVerificationFailedException>(result.EnsurePassed);
        thrown.Message.ShouldContain($"'{Interaction}' given 'a thing exists' (consumer thing-consumer):");
    }

    [Test]
    public async Task Custom_header_values_reach_the_provider_but_never_the_result()
    {
        using var folder = await WriteThingPactAsync();
        await using var provider = await StartThingProviderAsync(new { id = 42, name = "real thing" });

        var result = Verify(provider, folder);

        result.Passed.ShouldBeTrue("the provider answers 401 unless the custom header arrives");
        result.Output.ShouldNotContain(ApiKey);
        result.ToString().ShouldNotContain(ApiKey);
    }

    [Test]
    public void A_missing_pact_file_is_reported_with_its_full_path()
    {
        using var verifier = new PactVerifier("thing-provider");

        var failure = Should.Throw<FileNotFoundException>(() => verifier.WithFileSource("no-such-pact.json"));

        failure.Message.ShouldBe($"the pact file '{Path.GetFullPath("no-such-pact.json")}' does not exist.");
    }

    [Test]
    public void Verify_without_a_provider_or_a_source_says_what_is_missing()
    {
        using var verifier = new PactVerifier("thing-provider");

        var failure = Should.Throw<InvalidOperationException>(verifier.Verify);

        failure.Message.ShouldStartWith("the verifier needs the provider (WithHttpEndpoint) and at least one pact source");
    }

    private static VerificationResult Verify(LoopbackHost provider, TemporaryFolder pacts)
    {
        using var verifier = new PactVerifier("thing-provider");
        return verifier
            .WithHttpEndpoint(provider.BaseUrl)
            .WithDirectorySource(pacts.Path)
            .WithProviderStateUrl(new Uri(provider.BaseUrl, "_state"))
            .WithCustomHeader("X-Api-Key", ApiKey)
            .WithRequestTimeout(TimeSpan.FromSeconds(5))
            .Verify();
    }

    /// <summary>A pact whose path comes from provider state: the provider's state call decides the thing's id.</summary>
    private static async Task<TemporaryFolder> WriteThingPactAsync()
    {
        var folder = new TemporaryFolder();
        var pact = PactBuilder.V4("thing-consumer", "thing-provider", new PactConfig { PactDir = folder.Path });
        pact.UponReceiving(Interaction)
            .Given("a thing exists")
            .WithRequest(HttpMethod.Get, Match.FromProviderState("/things/${thingId}", "/things/1"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.Integer(1), name = Match.Type("a thing") });
        await pact.VerifyAsync(async context =>
        {
            using var http = new HttpClient { BaseAddress = context.MockServerUri };
            (await http.GetAsync("/things/1")).EnsureSuccessStatusCode().Dispose();
        });
        return folder;
    }

    private static Task<LoopbackHost> StartThingProviderAsync(object thingBody) =>
        LoopbackHost.StartAsync(app =>
        {
            app.MapPost("/_state", () => Results.Json(new { thingId = 42 }));
            app.MapGet("/things/42", (HttpRequest request) =>
                request.Headers["X-Api-Key"] == ApiKey ? Results.Json(thingBody) : Results.Unauthorized());
        });
}
