using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;
using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Running;

/// <summary>
/// One requirement's verdict as values: what was expected and what came (a requirement failure), or the one sentence
/// that says why it could not be judged; the exchanges that show it; what the end-of-run audit added; the parts it did
/// not judge. The reports and the self-test read these values; <see cref="Message"/> only renders them for people.
/// </summary>
public sealed record CheckResult(Requirement Requirement, Verdict Verdict, TimeSpan Duration)
{
    public FailureKind FailureKind { get; init; }

    /// <summary>What the requirement expected, when the provider's answers broke it.</summary>
    public string? Expected { get; init; }

    /// <summary>What came instead, when the provider's answers broke it.</summary>
    public string? Actual { get; init; }

    /// <summary>Why the requirement was not judged or not run (a fixture, a helper read, a missing prerequisite).</summary>
    public string? Problem { get; init; }

    /// <summary>The exchanges that show the verdict (tokens already shown as <c>***</c>).</summary>
    public IReadOnlyList<PeeringExchange> Exchanges { get; init; } = [];

    /// <summary>What the check covered, where it says (an answer oracle: how many answers it judged).</summary>
    public string? Coverage { get; init; }

    /// <summary>The forms of each declared input dimension the check sent.</summary>
    public IReadOnlyList<DimensionCoverage> Inputs { get; init; } = [];

    /// <summary>What the end-of-run audit found changed after a refused request of this requirement.</summary>
    public IReadOnlyList<AuditFinding> AuditFindings { get; init; } = [];

    /// <summary>The parts of the requirement left unjudged because the provider does not offer an optional operation they
    /// need, each with its reason; the rest of the check ran and decided the verdict.</summary>
    public IReadOnlyList<string> NotJudged { get; init; } = [];

    /// <summary>The verdict as a provider team reads it: the requirement, what was expected, what came, the exchange.</summary>
    public string Message => FailureMessage.Render(this);

    public static CheckResult Pass(Requirement requirement, TimeSpan duration) => new(requirement, Verdict.Passed, duration);
}
