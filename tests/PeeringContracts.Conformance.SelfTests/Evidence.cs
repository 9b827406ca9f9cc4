using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// What a requirement's verdict must state to show that its check saw a fault's own symptom, stated on the verdict's
/// values: text that <see cref="CheckResult.Expected"/>, <see cref="CheckResult.Actual"/> and
/// <see cref="CheckResult.Problem"/> must each contain, where given. Evidence quotes what the check expected as well as
/// what came, so that another failure path of the same check cannot satisfy it (a bare <c>status 200</c> is also what a
/// later show may answer). It names the symptom, never a random value, a duration, or the requirement's id.
/// </summary>
internal sealed record Evidence(string? Expected, string? Actual, string? Problem)
{
    /// <summary>The parts given, each with the name of the verdict's value it must be found in.</summary>
    public IReadOnlyList<(string Value, string Text)> Parts =>
        [.. new (string Value, string? Text)[] { ("expected", Expected), ("actual", Actual), ("problem", Problem) }
            .Where(part => part.Text is not null)
            .Select(part => (part.Value, part.Text!))];

    public bool IsStatedBy(CheckResult result) =>
        Holds(result.Expected, Expected) && Holds(result.Actual, Actual) && Holds(result.Problem, Problem);

    /// <summary>The parts as a reader checks them against a verdict: <c>expected contains "status 200", actual contains "status 202"</c>.</summary>
    public override string ToString() => string.Join(", ", Parts.Select(part => $"{part.Value} contains \"{part.Text}\""));

    private static bool Holds(string? value, string? part) =>
        part is null || (value is not null && value.Contains(part, StringComparison.Ordinal));
}
