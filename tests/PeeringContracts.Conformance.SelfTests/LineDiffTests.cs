namespace PeeringContracts.Conformance.SelfTests;

/// <summary>An approval mismatch shows where the texts part, with the lines around it.</summary>
public sealed class LineDiffTests
{
    [Test]
    public void Only_the_changed_lines_are_marked_with_their_numbers_and_context_around_them()
    {
        var diff = LineDiff.Of("a\nb\nc\nd\ne\nf", "a\nb\nc\nD\nD2\ne\nf");

        diff.ShouldBe(string.Join(Environment.NewLine,
            "--- approved", "+++ received", "    2: b", "    3: c", "-   4: d", "+   4: D", "+   5: D2", "    6: e", "    7: f", string.Empty));
    }
}
