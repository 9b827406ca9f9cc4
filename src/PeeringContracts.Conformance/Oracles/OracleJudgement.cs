using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>Judges every exchange of a run by every answer oracle: one result per oracle, failed with the first answers
/// that broke it (each shown with the run's secrets cut out) and how many answers it judged.</summary>
internal static class OracleJudgement
{
    private const int ShownViolations = 3;

    public static IReadOnlyList<CheckResult> Judge(IReadOnlyList<ObservedExchange> exchanges, IReadOnlyList<NamedSecret> secrets) =>
        OracleCatalog.ForRun(secrets).Select(oracle => Judge(oracle, exchanges, secrets)).ToList();

    private static CheckResult Judge(AnswerOracle oracle, IReadOnlyList<ObservedExchange> exchanges, IReadOnlyList<NamedSecret> secrets)
    {
        var judged = 0;
        var violations = new List<(ObservedExchange Observed, string Violation)>();
        foreach (var observed in exchanges)
        {
            if (!oracle.Judges(observed))
            {
                continue;
            }

            judged++;
            if (oracle.Violation(observed) is { } violation)
            {
                violations.Add((observed, violation));
            }
        }

        var coverage = $"judged {judged} of the run's {exchanges.Count} answers";
        if (violations.Count == 0)
        {
            return CheckResult.Pass(oracle.Requirement, TimeSpan.Zero) with { Coverage = coverage };
        }

        var shown = violations.Take(ShownViolations).ToList();
        return new CheckResult(oracle.Requirement, Verdict.Failed, TimeSpan.Zero)
        {
            FailureKind = FailureKind.Requirement,
            Coverage = coverage,
            Expected = oracle.Expectation,
            Actual = $"{violations.Count} answer(s) broke it; " +
                string.Join("; ", shown.Select(found => $"{found.Violation}, sent by {found.Observed.Origin}")),
            Exchanges = shown.Select(found => Shown(found.Observed.Exchange, secrets)).ToList(),
        };
    }

    private static PeeringExchange Shown(PeeringExchange exchange, IReadOnlyList<NamedSecret> secrets) => AnswerLeaks.Redacted(exchange, secrets);
}
