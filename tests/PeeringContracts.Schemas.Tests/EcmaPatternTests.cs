namespace PeeringContracts.Schemas.Tests;

public class EcmaPatternTests
{
    [TestCase("$", @"\z", TestName = "a lone dollar")]
    [TestCase("^a$", @"^a\z", TestName = "a dollar at the end")]
    [TestCase("^(a$|b$)", @"^(a\z|b\z)", TestName = "every dollar outside a class")]
    [TestCase("^[$]$", @"^[$]\z", TestName = "a dollar inside a class stays")]
    [TestCase(@"^\$$", @"^\$\z", TestName = "an escaped dollar stays")]
    [TestCase(@"^[\]$]$", @"^[\]$]\z", TestName = "an escaped bracket keeps the class open")]
    [TestCase(@"[a]$[$]", @"[a]\z[$]", TestName = "a class closes and opens again")]
    [TestCase(@"a\", @"a\", TestName = "a trailing backslash is kept")]
    [TestCase("", "", TestName = "the empty pattern")]
    public void A_pattern_is_translated_exactly(string ecmaPattern, string expected)
    {
        EcmaPattern.ToDotNet(ecmaPattern).ShouldBe(expected);
    }
}
