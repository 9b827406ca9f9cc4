namespace PeeringContracts.Signing.Tests;

public sealed class SdkSigningDateTests
{
    [Test]
    public void The_date_is_UTC_to_the_second_and_parses_back()
    {
        var time = new DateTimeOffset(2026, 1, 15, 10, 30, 0, 250, TimeSpan.FromHours(1));

        SdkSigningDate.Of(time).ShouldBe("20260115T093000Z");
        SdkSigningDate.Parse("20260115T093000Z").ShouldBe(new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero));
    }

    [TestCase("2026-01-15T09:30:00Z")]
    [TestCase("20260115T093000")]
    [TestCase("")]
    [TestCase(null)]
    public void Another_form_does_not_parse(string? value) => SdkSigningDate.Parse(value).ShouldBeNull();

    [Test]
    public void The_tolerance_is_the_gateways_15_minutes() => SdkSigningDate.Tolerance.ShouldBe(TimeSpan.FromMinutes(15));
}
