namespace PeeringContracts.Signing.Tests;

/// <summary>The canonical request in the SDK's form; the official SDK's own signatures pin it further (client and provider tests).</summary>
public sealed class CanonicalRequestTests
{
    private static readonly KeyValuePair<string, string>[] Headers =
    [
        new("X-Sdk-Date", "20260115T093000Z"), new("Host", "127.0.0.1:5080"), new("X-Project-Id", "proj"), new("content-type", "application/json"),
    ];

    [Test]
    public void Path_gets_a_trailing_slash_query_is_sorted_by_key_then_value_and_headers_are_lower_case_and_sorted()
    {
        var canonical = CanonicalRequest.Build("get", "/v2.0/vpc/peerings", "?b=2&a=3&a=1&c", Headers, CanonicalRequest.EmptyPayloadHash);

        canonical.ShouldBe(
            "GET\n/v2.0/vpc/peerings/\na=1&a=3&b=2&c=\n" +
            "content-type:application/json\nhost:127.0.0.1:5080\nx-project-id:proj\nx-sdk-date:20260115T093000Z\n\n" +
            "content-type;host;x-project-id;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Test]
    public void Path_and_query_are_decoded_then_encoded_the_SDK_way()
    {
        var canonical = CanonicalRequest.Build("GET", "/v2.0/%E5%90%8D-%7e/", "q=a%20b%2Bc*(d)!'", [], CanonicalRequest.EmptyPayloadHash);

        canonical.Split('\n')[1].ShouldBe("/v2.0/%E5%90%8D-~/");
        canonical.Split('\n')[2].ShouldBe("q=a%20b%2Bc%2A%28d%29%21%27");
    }

    [Test]
    public void The_signature_of_the_SDKs_reject_is_the_one_the_SDK_computed()
    {
        // AKSKSigner.sign of @huaweicloud/huaweicloud-sdk-core 3.1.173 for this reject with ak "AK1", sk "SK1" (scripts/aksk-vectors.mjs).
        var canonical = CanonicalRequest.Build(
            "PUT", "/v2.0/vpc/peerings/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9/reject", "", Headers, CanonicalRequest.PayloadHash((string?)null));

        SdkSignature.Compute("SK1", "20260115T093000Z", canonical).ShouldBe("a817f787e2253bee3c0ae6137326b639c86237c1044866551100b7e695ef43b2");
    }

    [Test]
    public void A_body_is_hashed_as_UTF8()
    {
        CanonicalRequest.PayloadHash("{}").ShouldBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        CanonicalRequest.PayloadHash("é").ShouldBe(CanonicalRequest.PayloadHash([0xC3, 0xA9]));
        CanonicalRequest.PayloadHash("").ShouldBe(CanonicalRequest.EmptyPayloadHash);
    }

    [Test]
    public void A_null_method_is_refused_by_name() =>
        Should.Throw<ArgumentNullException>(() => CanonicalRequest.Build(null!, "/", "", Headers, CanonicalRequest.EmptyPayloadHash)).ParamName.ShouldBe("method");
}
