using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

public sealed class AuthenticationTests : ProviderFixture
{
    private static readonly (string Method, string Path)[] Operations =
    [
        ("POST", ""), ("GET", ""), ("GET", "/{id}"), ("PUT", "/{id}"), ("DELETE", "/{id}"), ("PUT", "/{id}/accept"), ("PUT", "/{id}/reject"),
    ];

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-a-known-token")]
    public async Task Every_operation_without_a_valid_token_answers_401_in_gateway_shape_and_changes_nothing(string? token)
    {
        var id = await Api.CreatePendingAsync();

        foreach (var (method, path) in Operations)
        {
            var answer = await Api.SendAsync(new HttpMethod(method), PeeringApi.Peerings + path.Replace("{id}", id), token, null);

            answer.Code.ShouldBe(401, answer.ToString());
            answer.Json["error_code"]!.GetValue<string>().ShouldBe("APIGW.0301", answer.ToString());
            answer.Json["error_msg"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(answer.ToString());
            if (token is { Length: > 0 })
            {
                answer.Body.ShouldNotContain(token, Case.Sensitive, "an error body must not echo the token");
            }
        }

        (await Api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    }
}
