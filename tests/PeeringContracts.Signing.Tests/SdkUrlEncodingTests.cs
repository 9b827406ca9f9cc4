namespace PeeringContracts.Signing.Tests;

public sealed class SdkUrlEncodingTests
{
    [TestCase("AZaz09-._~", "AZaz09-._~")]
    [TestCase("a b+c/d*(e)!'", "a%20b%2Bc%2Fd%2A%28e%29%21%27")]
    [TestCase("café", "caf%C3%A9")]
    [TestCase("数", "%E6%95%B0")]
    [TestCase("🚀", "%F0%9F%9A%80")]
    [TestCase("", "")]
    public void Everything_but_unreserved_characters_becomes_upper_case_percent_escaped_UTF8(string value, string expected) =>
        SdkUrlEncoding.Encode(value).ShouldBe(expected);

    [Test]
    public void A_null_value_is_refused_by_name() =>
        Should.Throw<ArgumentNullException>(() => SdkUrlEncoding.Encode(null!)).ParamName.ShouldBe("value");
}
