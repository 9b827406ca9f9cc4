using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;
using PeeringContracts.Signing;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>
/// Requests signed by the official SDK (scripts/aksk-vectors.mjs) with the accepter's default key pair, against a provider
/// whose clock reads the vectors' date: each is accepted, and each kind of tampering is refused with the gateway's 401.
/// That a signature acts as its tenant is shown by <see cref="SdkRoundTripTests"/>.
/// </summary>
public sealed class SignatureAuthenticationTests : ProviderFixture
{
    private static readonly DateTimeOffset VectorTime = SdkSigningDate.Parse(OfficialSdk.VectorDate)!.Value;
    private static readonly TenantAccount Accepter = DefaultTenants.Accepter;
    private IReadOnlyList<SignedVector> vectors = [];

    protected override ReferenceProviderOptions Options => new() { Clock = new FixedClock(VectorTime) };

    private SignedVector Reject => vectors.Single(vector => vector.Name == "reject as the SDK sends it");

    private SignedVector Create => vectors.Single(vector => vector.Name == "create with a JSON body");

    [OneTimeSetUp]
    public void SignVectors() => vectors = OfficialSdk.SignVectors(Host.BaseUrl, Accepter.AccessKey!, Accepter.SecretKey!, Accepter.TenantId);

    [Test]
    public async Task Every_request_the_SDK_signed_is_accepted()
    {
        var refused = new List<string>();
        foreach (var vector in vectors)
        {
            var answer = await SignedVectorRequest.SendAsync(Host, vector);
            if (answer.Code == 401)
            {
                refused.Add(answer.ToString());
            }
        }

        vectors.ShouldNotBeEmpty();
        refused.ShouldBeEmpty();
    }

    [TestCase("a changed signature", "Authorization", "Signature=0", "the signature does not match")]
    [TestCase("an unknown access key", "Authorization", "Access=UNKNOWNAK00000000001", "the access key is unknown")]
    [TestCase("X-Sdk-Date not among the signed headers", "Authorization", "SignedHeaders=content-type;host;x-project-id", "'x-sdk-date' must be sent and signed")]
    [TestCase("Host not among the signed headers", "Authorization", "SignedHeaders=content-type;x-project-id;x-sdk-date", "'host' must be sent and signed")]
    [TestCase("an X-Sdk-Date that is not a date", "X-Sdk-Date", "2026-01-15 09:30:00", "X-Sdk-Date is not a date")]
    [TestCase("a different X-Project-Id than was signed", "X-Project-Id", "5f0d3c1a9b7e4d2c8a6f1e3b5d7c9a0b", "the signature does not match")]
    public async Task A_tampered_reject_answers_401_in_gateway_shape(string tampering, string header, string replacement, string reason)
    {
        var answer = await SignedVectorRequest.SendAsync(Host, Reject, (name, value) => name == header ? Tampered(value, replacement) : value);

        ShouldBeRefused(answer, reason, tampering);
    }

    [Test]
    public async Task A_body_changed_after_signing_answers_401()
    {
        var changed = Create with { Body = Create.Body!.Replace("demo", "dem0", StringComparison.Ordinal) };

        ShouldBeRefused(await SignedVectorRequest.SendAsync(Host, changed), "the signature does not match", "changed body");
    }

    [Test]
    public async Task A_valid_signature_with_another_tenants_project_id_answers_401()
    {
        var foreignProject = OfficialSdk.SignVectors(Host.BaseUrl, Accepter.AccessKey!, Accepter.SecretKey!, DefaultTenants.Requester.TenantId)
            .Single(vector => vector.Name == Reject.Name);

        ShouldBeRefused(await SignedVectorRequest.SendAsync(Host, foreignProject), "X-Project-Id is not the project of the access key", "foreign project id");
    }

    [TestCase(14, 404)]
    [TestCase(-14, 404)]
    [TestCase(16, 401)]
    [TestCase(-16, 401)]
    public async Task The_signing_date_is_accepted_within_15_minutes_of_the_provider_clock(int providerAheadMinutes, int expected)
    {
        await using var host = await ReferenceProviderHost.StartAsync(new() { Clock = new FixedClock(VectorTime.AddMinutes(providerAheadMinutes)) });
        var reject = OfficialSdk.SignVectors(host.BaseUrl, Accepter.AccessKey!, Accepter.SecretKey!, Accepter.TenantId).Single(vector => vector.Name == Reject.Name);

        var answer = await SignedVectorRequest.SendAsync(host, reject);

        answer.Code.ShouldBe(expected, answer.ToString());
        if (expected == 401)
        {
            answer.Json["error_msg"]!.GetValue<string>().ShouldContain("is more than 15 minutes from the server time", Case.Sensitive, answer.ToString());
        }
    }

    private static string Tampered(string value, string replacement)
    {
        var key = replacement[..(replacement.IndexOf('=', StringComparison.Ordinal) + 1)];
        var at = key.Length > 1 ? value.IndexOf(key, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return replacement;
        }

        var end = value.IndexOf(',', at);
        return value[..at] + replacement + (end < 0 ? "" : value[end..]);
    }

    private static void ShouldBeRefused(ApiResponse answer, string reason, string tampering)
    {
        answer.Code.ShouldBe(401, $"{tampering}: {answer}");
        answer.Json["error_code"]!.GetValue<string>().ShouldBe("APIGW.0301", answer.ToString());
        answer.Json["error_msg"]!.GetValue<string>().ShouldContain(reason, Case.Sensitive, $"{tampering}: {answer}");
        answer.Body.ShouldNotContain(Accepter.SecretKey!, Case.Sensitive, "an error body must not echo the secret key");
        answer.Body.ShouldNotContain(Accepter.AccessKey!, Case.Sensitive, "an error body must not echo the access key");
    }
}
