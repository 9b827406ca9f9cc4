using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>The token reaches the provider and nothing else: not a message, not Describe(), not any ToString().</summary>
public sealed class TokenRedactionTests
{
    private const string OverrideToken = "tok-override-SECRET-9c2e";

    [Test]
    public async Task No_output_of_a_failed_reject_contains_the_token_even_when_the_provider_echoes_it()
    {
        var echo = new CannedResponse(401, $$"""{"error_code": "APIGW.0301", "error_msg": "token {{StubServer.Token}} is invalid"}""")
        {
            Headers = new Dictionary<string, string> { ["Set-Cookie"] = "session=abc", ["X-Subject-Token"] = StubServer.Token },
        };
        await using var stub = await StubServer.StartAsync(echo);
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.RejectAsync(Samples.PeeringId));

        stub.SingleRequest().Header("X-Auth-Token").ShouldBe(StubServer.Token, "the token must still reach the provider");
        string[] outputs =
        [
            error.Message, error.ToString(), error.ErrorMessage!, error.Exchange.Describe(), error.Exchange.ToString(),
            string.Join('\n', error.Exchange.RequestHeaders.Values), string.Join('\n', error.Exchange.ResponseHeaders.Values),
        ];
        ShouldNotLeak(outputs, StubServer.Token);
        error.ErrorMessage.ShouldBe("token *** is invalid");
        error.Exchange.RequestHeaders["X-Auth-Token"].ShouldBe("***");
        error.Exchange.ResponseHeaders["Set-Cookie"].ShouldBe("***");
    }

    [Test]
    public async Task No_output_of_a_malformed_success_contains_the_token()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, $$"""{"echo": "{{StubServer.Token}}"}"""));
        using var client = stub.CreateClient();

        var error = await Should.ThrowAsync<PeeringResponseException>(() => client.RejectAsync(Samples.PeeringId));

        ShouldNotLeak([error.Message, error.ToString(), error.Exchange.Describe()], StubServer.Token);
    }

    [Test]
    public async Task No_output_of_a_transport_failure_contains_the_token()
    {
        await using var stub = await StubServer.StartSilentAsync();
        using var client = stub.CreateClient(timeout: TimeSpan.FromMilliseconds(200));

        var error = await Should.ThrowAsync<PeeringTransportException>(() => client.RejectAsync(Samples.PeeringId));

        ShouldNotLeak([error.Message, error.ToString()], StubServer.Token);
    }

    [Test]
    public void Options_and_requests_print_without_their_tokens()
    {
        var options = new PeeringClientOptions(new Uri("http://127.0.0.1/"), StubServer.Token, TimeSpan.FromSeconds(1));
        var request = ApiRequest.Reject(Samples.PeeringId) with { TokenOverride = OverrideToken };

        ShouldNotLeak([options.ToString(), request.ToString()], StubServer.Token);
        ShouldNotLeak([request.ToString()], OverrideToken);
        options.ToString().ShouldContain("Token = ***");
        request.ToString().ShouldContain("TokenOverride = ***");
    }

    [Test]
    public async Task A_token_override_replaces_the_clients_token_and_is_redacted_too()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Rejected)));
        using var client = stub.CreateClient();

        var exchange = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { TokenOverride = OverrideToken });

        stub.SingleRequest().Header("X-Auth-Token").ShouldBe(OverrideToken);
        ShouldNotLeak([exchange.Describe()], OverrideToken);
    }

    [Test]
    public async Task OmitToken_and_a_client_without_token_send_no_token_header()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(401, """{"error_code": "APIGW.0301", "error_msg": "no token"}"""));
        using var withToken = stub.CreateClient();
        using var withoutToken = stub.CreateClient(token: null);

        var omitted = await withToken.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { OmitToken = true });
        await withoutToken.SendAsync(ApiRequest.Reject(Samples.PeeringId));

        stub.Received.Select(request => request.Header("X-Auth-Token")).ShouldAllBe(token => token == null);
        omitted.RequestHeaders.ShouldNotContainKey("X-Auth-Token");
    }

    [Test]
    public async Task No_output_of_a_refused_signed_request_contains_the_access_or_secret_key_even_when_echoed()
    {
        var keys = new AkSkCredentials("LEAKCHECKAK000000001", "leak-check-SECRET-key-3b8e", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c");
        var echo = new CannedResponse(401, $$"""{"error_code": "APIGW.0301", "error_msg": "key {{keys.AccessKey}} / {{keys.SecretKey}} refused"}""");
        await using var stub = await StubServer.StartAsync(echo);
        using var client = new PeeringApiClient(new PeeringClientOptions(stub.BaseUrl, null, TimeSpan.FromSeconds(10)) { AkSk = keys });

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.RejectAsync(Samples.PeeringId));

        stub.SingleRequest().Header("Authorization")!.ShouldContain($"Access={keys.AccessKey}", Case.Sensitive, "the signature must still reach the provider");
        string[] outputs =
        [
            error.Message, error.ToString(), error.ErrorMessage!, error.Exchange.Describe(),
            string.Join('\n', error.Exchange.RequestHeaders.Values),
        ];
        ShouldNotLeak(outputs, keys.AccessKey);
        ShouldNotLeak(outputs, keys.SecretKey);
        error.Exchange.RequestHeaders["Authorization"].ShouldBe("***");
    }

    [Test]
    public void Options_and_requests_print_without_their_keys()
    {
        var keys = new AkSkCredentials("PRINTCHECKAK00000001", "print-check-SECRET-key-51c0", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c");
        var options = new PeeringClientOptions(new Uri("http://127.0.0.1/"), null, TimeSpan.FromSeconds(1)) { AkSk = keys };
        var request = ApiRequest.Reject(Samples.PeeringId) with { AkSkOverride = keys };

        string[] outputs = [options.ToString(), request.ToString(), keys.ToString()];
        ShouldNotLeak(outputs, keys.AccessKey);
        ShouldNotLeak(outputs, keys.SecretKey);
        keys.ToString().ShouldContain(keys.ProjectId);
    }

    private static void ShouldNotLeak(IEnumerable<string> outputs, string token)
    {
        foreach (var output in outputs)
        {
            output.ShouldNotContain(token, Case.Sensitive, $"this output leaks the token:\n{output}");
        }
    }
}
