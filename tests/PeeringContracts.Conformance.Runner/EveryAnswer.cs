using PeeringContracts.Conformance.Oracles;

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// After every check and the end-of-run audit, the run cleans up, and then every answer of the run (checks, fixtures,
/// reads, the audit and the cleanup) is judged by each answer oracle: one test per oracle's requirement.
/// </summary>
[Order(3)]
[NonParallelizable]
public sealed class EveryAnswer
{
    public static IEnumerable<TestCaseData> Oracles() => OracleCatalog.Requirements.Select(RequirementTestCase.For);

    [OneTimeSetUp]
    public Task CleanUpAsync() => ConformanceRun.Session.CleanUpAsync(CancellationToken.None);

    [TestCaseSource(nameof(Oracles))]
    public void Requirement(string requirementId) => VerdictOutcome.End(ConformanceRun.Session.JudgeEveryAnswer(requirementId));
}
