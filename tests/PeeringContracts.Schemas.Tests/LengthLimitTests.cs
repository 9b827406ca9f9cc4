namespace PeeringContracts.Schemas.Tests;

public class LengthLimitTests
{
    [TestCase("", 0)]
    [TestCase("ab", 2)]
    [TestCase("😀", 1, TestName = "a surrogate pair is one code point")]
    public void Code_points_are_counted_as_JSON_Schema_counts_them(string value, int expected)
    {
        LengthLimit.CountCodePoints(value).ShouldBe(expected);
    }

    /// <summary>Built in code: a lone surrogate does not survive as an attribute argument (metadata stores UTF-8).</summary>
    [Test]
    public void A_lone_surrogate_is_one_code_point_wherever_it_stands()
    {
        LengthLimit.CountCodePoints("a" + '\uD83D').ShouldBe(2, "a high surrogate at the end");
        LengthLimit.CountCodePoints('\uDE00' + "a").ShouldBe(2, "a low surrogate first");
        LengthLimit.CountCodePoints('\uD83D' + "a").ShouldBe(2, "a high surrogate before a letter");
    }

    [Test]
    public void A_value_as_long_as_the_maximum_is_never_told_it_is_too_long()
    {
        new LengthLimit(3, 2).Describe("ab").ShouldBe("2 characters, at least 3 required");
    }
}
