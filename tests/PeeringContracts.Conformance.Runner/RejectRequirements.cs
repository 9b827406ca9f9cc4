[assembly: LevelOfParallelism(8)]

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// One test per requirement of the catalogue, named by its id, with its category and level as NUnit categories
/// (<c>--filter "TestCategory=auth"</c>, <c>--filter "TestCategory=MUST"</c>, <c>--filter "Name~REJ-013"</c>).
/// </summary>
// The requirements run in parallel with each other (Children) but the fixture itself is not parallelizable: NUnit then
// isolates its tests, and no later fixture of the run (the audit, the answer oracles) starts before this one has
// completed. Order alone does not give that: NUnit's order is of starts, and its parallel shift can end while a worker
// holds a just-dequeued item, which once let the audit run before the requirements (seen under two busy loops).
[Order(1)]
[Parallelizable(ParallelScope.Children)]
public sealed class RejectRequirements
{
    public static IEnumerable<TestCaseData> Requirements() => ConformanceCatalog.Checks.Select(check => RequirementTestCase.For(check.Requirement));

    [TestCaseSource(nameof(Requirements))]
    public async Task Requirement(string requirementId) =>
        VerdictOutcome.End(await ConformanceRun.Session.RunAsync(requirementId, CancellationToken.None));
}
