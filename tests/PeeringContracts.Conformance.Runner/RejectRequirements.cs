[assembly: LevelOfParallelism(8)]

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// One test per requirement of the catalogue, named by its id, with its category and level as NUnit categories
/// (<c>--filter "TestCategory=auth"</c>, <c>--filter "TestCategory=MUST"</c>, <c>--filter "Name~REJ-013"</c>).
/// </summary>
[Order(1)]
[Parallelizable(ParallelScope.All)]
public sealed class RejectRequirements
{
    public static IEnumerable<TestCaseData> Requirements() => ConformanceCatalog.Checks.Select(check => RequirementTestCase.For(check.Requirement));

    [TestCaseSource(nameof(Requirements))]
    public async Task Requirement(string requirementId) =>
        VerdictOutcome.End(await ConformanceRun.Session.RunAsync(requirementId, CancellationToken.None));
}
