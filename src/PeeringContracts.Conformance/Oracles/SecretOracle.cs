using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Settings;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>No answer of the run repeats a token or key of the run's tenants, in its body, its decoded JSON strings or
/// its headers: REJ-012's search applied to every answer, not only to those its check provokes.</summary>
internal sealed class SecretOracle(IReadOnlyList<NamedSecret> secrets) : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-037", Should, RequirementCategory.Errors,
        "No answer of the run, whichever request it answers, repeats a token or key of the run's tenants, in its body, its decoded JSON strings or its headers.",
        "inferred: OWASP error handling; the documented bodies carry only their fields");

    public override Requirement Requirement => Rule;

    public override string Expectation => "no answer that repeats a token or key of the run, in any encoding";

    public override string? Violation(ObservedExchange observed) =>
        AnswerLeaks.SecretIn(observed.Exchange, secrets) is { } leak
            ? $"a token that was sent, in the {leak.Where} of the answer to {observed.Operation} (status {observed.Exchange.StatusCode}): {leak.Secret.Name}"
            : null;
}
