using System.Net;
using PeeringContracts.Pact.Tests.Support;

namespace PeeringContracts.Pact.Tests;

public class CredentialHeaderTests
{
    [Test]
    public async Task A_wrong_token_fails_naming_the_header_without_repeating_the_value_sent()
    {
        using var folder = new TemporaryDirectory();
        var pact = SamplePact.Create(folder.Path);
        pact.UponReceiving("a request with the accepter's token")
            .WithRequest(HttpMethod.Put, SamplePact.Path)
            .WithHeader("X-Auth-Token", "accepter-token-example")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK);

        var failure = await Should.ThrowAsync<PactMismatchException>(pact.VerifyAsync(async context =>
        {
            using var response = await SamplePact.SendAsync(context.MockServerUri, header: ("X-Auth-Token", "a-real-secret-token"));
        }));

        failure.Message.ShouldContain("header 'X-Auth-Token': expected accepter-token-example, actual a different value (hidden: the header carries a credential)");
        failure.Message.ShouldNotContain("a-real-secret-token");
    }
}
