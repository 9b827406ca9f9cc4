namespace PeeringContracts.Signing.Tests;

public sealed class SdkAuthorizationTests
{
    [Test]
    public void The_header_the_signer_writes_parses_back_into_its_parts()
    {
        var header = SdkSignature.Authorization("AK1", "host;x-sdk-date", "abc123");

        header.ShouldBe("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=abc123");
        var parsed = SdkAuthorization.Parse(header).ShouldNotBeNull();
        parsed.AccessKey.ShouldBe("AK1");
        parsed.SignedHeaders.ShouldBe(["host", "x-sdk-date"]);
        parsed.Signature.ShouldBe("abc123");
    }

    [TestCase("SDK-HMAC-SHA256 Access=AK1, Signature=abc")]
    [TestCase("SDK-HMAC-SHA256 ")]
    [TestCase("Bearer abc")]
    [TestCase("")]
    [TestCase(null)]
    public void A_header_missing_a_part_or_of_another_scheme_does_not_parse(string? header) => SdkAuthorization.Parse(header).ShouldBeNull();

    [Test]
    public void It_prints_without_the_access_key_and_the_signature()
    {
        var parsed = SdkAuthorization.Parse("SDK-HMAC-SHA256 Access=AKSECRET1, SignedHeaders=host, Signature=sig0123").ShouldNotBeNull();

        parsed.ToString().ShouldNotContain("AKSECRET1");
        parsed.ToString().ShouldNotContain("sig0123");
        parsed.ToString().ShouldBe("SdkAuthorization { SignedHeaders = host }");
    }
}
