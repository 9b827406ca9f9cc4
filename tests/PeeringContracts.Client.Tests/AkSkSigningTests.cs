using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>Choosing the signature per request: the client's keys, other keys, none, or another date.</summary>
public sealed class AkSkSigningTests
{
    private static readonly AkSkCredentials Keys = new("CLIENTAK000000000001", "client-secret-key-SECRET-7d1f", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c");

    [Test]
    public async Task A_client_with_keys_signs_every_request_beside_its_token()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, Samples.Peering(PeeringStatus.Rejected)));
        using var client = SigningClient(stub);

        await client.RejectAsync(Samples.PeeringId);

        var sent = stub.SingleRequest();
        sent.Header("Authorization")!.ShouldStartWith($"SDK-HMAC-SHA256 Access={Keys.AccessKey}, SignedHeaders=host;x-project-id;x-sdk-date, Signature=");
        sent.Header("X-Project-Id").ShouldBe(Keys.ProjectId);
        sent.Header("X-Sdk-Date")!.ShouldMatch("^[0-9]{8}T[0-9]{6}Z$");
        sent.Header("X-Auth-Token").ShouldBe(StubServer.Token);
    }

    [Test]
    public async Task OmitSignature_sends_the_request_unsigned_and_AkSkOverride_signs_with_other_keys()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, "{}"));
        using var client = SigningClient(stub);
        var other = Keys with { AccessKey = "OTHERAK0000000000001" };

        var unsigned = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { OmitSignature = true });
        await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { AkSkOverride = other });

        stub.Received[0].Header("Authorization").ShouldBeNull();
        stub.Received[0].Header("X-Sdk-Date").ShouldBeNull();
        unsigned.RequestHeaders.ShouldNotContainKey("Authorization");
        stub.Received[1].Header("Authorization")!.ShouldStartWith($"SDK-HMAC-SHA256 Access={other.AccessKey},");
    }

    [Test]
    public async Task SigningTimeOverride_sets_the_signing_date()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, "{}"));
        using var client = SigningClient(stub);

        await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { SigningTimeOverride = new DateTimeOffset(2026, 1, 15, 9, 30, 5, TimeSpan.FromHours(2)) });

        stub.SingleRequest().Header("X-Sdk-Date").ShouldBe("20260115T073005Z");
    }

    [Test]
    public async Task A_401_to_a_request_signed_an_hour_off_names_the_clock_skew_in_one_sentence()
    {
        await using var stub = await StubServer.StartAsync(new CannedResponse(401, """{"error_code": "APIGW.0301", "error_msg": "signature expired"}"""));
        using var client = SigningClient(stub);

        var skewed = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { SigningTimeOverride = DateTimeOffset.UtcNow.AddHours(-1) });
        var inTime = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId));

        skewed.ClockSkew.ShouldNotBeNull(skewed.Describe());
        skewed.ClockSkew.ShouldStartWith("Clock skew: the request was signed at ");
        skewed.ClockSkew.ShouldContain("60 minutes behind the provider's clock");
        skewed.Describe().ShouldContain(skewed.ClockSkew);
        inTime.ClockSkew.ShouldBeNull("a refusal within the tolerance is not a clock skew");
    }

    [Test]
    public async Task A_typed_operation_refused_because_the_provider_clock_is_off_says_so_in_its_message()
    {
        var providerClock = DateTimeOffset.UtcNow.AddMinutes(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var refusal = new CannedResponse(401, """{"error_code": "APIGW.0301", "error_msg": "signature expired"}""")
        {
            Headers = new Dictionary<string, string> { ["Date"] = providerClock },
        };
        await using var stub = await StubServer.StartAsync(refusal);
        using var client = SigningClient(stub);

        var error = await Should.ThrowAsync<PeeringApiException>(() => client.RejectAsync(Samples.PeeringId));

        error.Message.ShouldContain("minutes behind the provider's clock", Case.Sensitive, error.Message);
    }

    [Test]
    public async Task Only_a_refusal_can_be_a_clock_skew()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, "{}"));
        using var client = SigningClient(stub);

        var accepted = await client.SendAsync(ApiRequest.Reject(Samples.PeeringId) with { SigningTimeOverride = DateTimeOffset.UtcNow.AddHours(-1) });

        accepted.ClockSkew.ShouldBeNull();
    }

    private static PeeringApiClient SigningClient(StubServer stub) =>
        new(new PeeringClientOptions(stub.BaseUrl, StubServer.Token, TimeSpan.FromSeconds(10)) { AkSk = Keys });
}
