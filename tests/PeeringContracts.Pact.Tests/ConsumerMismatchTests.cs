using System.Net;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Pact.Tests;

public class ConsumerMismatchTests
{
    [Test]
    public async Task A_consumer_that_honours_the_pact_passes_and_writes_it()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.WithRejectInteraction(folder.Path);

        await pact.VerifyAsync(async context =>
        {
            using var response = await SamplePact.SendAsync(context.MockServerUri);
            ((int)response.StatusCode).ShouldBe(200);
        });

        File.Exists(folder.File("binding-consumer-binding-provider.json")).ShouldBeTrue();
    }

    [Test]
    public async Task A_wrong_path_fails_naming_the_unexpected_request_and_the_one_that_never_came()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, path: "/v2.0/vpc/peerings/8/reject"));

        failure.Problems.ShouldContain("unexpected request PUT /v2.0/vpc/peerings/8/reject: no interaction of the pact expects this method and path");
        failure.Problems.ShouldContain($"expected request PUT {SamplePact.Path} never came");
    }

    [Test]
    public async Task A_wrong_method_fails_naming_it()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, method: HttpMethod.Post));

        failure.Message.ShouldContain($"unexpected request POST {SamplePact.Path}");
        failure.Message.ShouldContain($"expected request PUT {SamplePact.Path} never came");
    }

    [Test]
    public async Task A_wrong_header_fails_naming_the_header_and_both_values()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, header: ("X-Client", "mobile")));

        failure.Problems.ShouldHaveSingleItem().ShouldStartWith(
            $"request PUT {SamplePact.Path} did not match: header 'X-Client': expected console, actual mobile");
    }

    [Test]
    public async Task A_missing_header_fails_saying_it_is_missing()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, header: ("X-Other", "console")));

        failure.Message.ShouldContain("header 'X-Client': expected \"console\", actual missing");
    }

    [Test]
    public async Task A_wrong_token_fails_naming_the_header_without_repeating_the_value_sent()
    {
        var failure = await VerifyExpectingMismatchAsync(
            uri => SamplePact.SendAsync(uri, header: ("X-Auth-Token", "a-real-secret-token")), WithTokenInteraction);

        failure.Message.ShouldContain(
            "header 'X-Auth-Token': expected accepter-token-example, actual a different value (hidden: the header carries a credential)");
        failure.Message.ShouldNotContain("a-real-secret-token");
    }

    [Test]
    public async Task A_wrong_body_fails_naming_the_json_path_and_both_values()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, body: """{"reason":"changed my mind"}"""));

        failure.Problems.ShouldHaveSingleItem().ShouldStartWith(
            $"request PUT {SamplePact.Path} did not match: body at $.reason: expected \"not needed\", actual \"changed my mind\"");
    }

    [Test]
    public async Task An_interaction_never_exercised_fails_naming_the_request_that_never_came()
    {
        var failure = await VerifyExpectingMismatchAsync(_ => Task.FromResult(new HttpResponseMessage()));

        failure.Problems.ShouldBe([$"expected request PUT {SamplePact.Path} never came"]);
    }

    [Test]
    public async Task A_failure_carries_the_core_log_of_its_mock_server()
    {
        var failure = await VerifyExpectingMismatchAsync(uri => SamplePact.SendAsync(uri, path: "/elsewhere"));

        failure.CoreLog.ShouldNotBeNull().ShouldContain("Received request PUT /elsewhere");
        failure.Message.ShouldContain("Pact core log of the mock server:");
    }

    [Test]
    public async Task A_consumer_exception_caused_by_a_mismatch_is_attached_to_the_report()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.WithRejectInteraction(folder.Path);

        var failure = await Should.ThrowAsync<PactMismatchException>(pact.VerifyAsync(async context =>
        {
            using var response = await SamplePact.SendAsync(context.MockServerUri, path: "/wrong");
            response.EnsureSuccessStatusCode();
        }));

        failure.InnerException.ShouldBeOfType<HttpRequestException>();
        failure.Message.ShouldContain("The consumer code then failed with HttpRequestException");
    }

    [Test]
    public async Task A_consumer_exception_without_a_mismatch_is_rethrown_as_it_is()
    {
        using var folder = new TemporaryFolder();
        var pact = SamplePact.WithRejectInteraction(folder.Path);

        await Should.ThrowAsync<TimeoutException>(pact.VerifyAsync(async context =>
        {
            using var response = await SamplePact.SendAsync(context.MockServerUri);
            throw new TimeoutException("the consumer's own assertion");
        }));

        Directory.EnumerateFiles(folder.Path).ShouldBeEmpty();
    }

    private static async Task<PactMismatchException> VerifyExpectingMismatchAsync(
        Func<Uri, Task<HttpResponseMessage>> consumer, Func<string, PactBuilder>? createPact = null)
    {
        using var folder = new TemporaryFolder();
        var pact = (createPact ?? SamplePact.WithRejectInteraction)(folder.Path);

        var failure = await Should.ThrowAsync<PactMismatchException>(pact.VerifyAsync(async context =>
        {
            using var response = await consumer(context.MockServerUri);
        }));

        Directory.EnumerateFiles(folder.Path).ShouldBeEmpty("a pact that was not honoured must not be written");
        return failure;
    }

    private static PactBuilder WithTokenInteraction(string pactDir)
    {
        var pact = SamplePact.Create(pactDir);
        pact.UponReceiving("a request with the accepter's token")
            .WithRequest(HttpMethod.Put, SamplePact.Path)
            .WithHeader("X-Auth-Token", "accepter-token-example")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK);
        return pact;
    }
}
