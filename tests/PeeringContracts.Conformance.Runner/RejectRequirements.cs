using PeeringContracts.Conformance.Running;

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
    public static IEnumerable<TestCaseData> Requirements() =>
        ConformanceCatalog.Requirements.Select(requirement => new TestCaseData(requirement.Id)
            .SetName($"{requirement.Id} {requirement.Sentence.Replace("`", string.Empty, StringComparison.Ordinal).TrimEnd('.')}")
            .SetCategory(requirement.Category)
            .SetCategory(requirement.LevelWord)
            .SetProperty("Requirement", requirement.Id)
            .SetProperty("Source", requirement.Source));

    [TestCaseSource(nameof(Requirements))]
    public async Task Requirement(string requirementId)
    {
        if (ConformanceRun.Misconfiguration is not null)
        {
            // A failure, not "not run": a filtered run against a misconfigured target must not come out green.
            Assert.Fail(ConformanceRun.Misconfiguration);
        }

        var check = ConformanceCatalog.Get(requirementId);
        var result = await CheckRunner.RunAsync(check, ConformanceRun.Target.ContextFor(check.Requirement, CancellationToken.None));
        ConformanceRun.Report.Add(result);
        switch (result.Verdict)
        {
            case Verdict.Failed:
                Assert.Fail(result.Message);
                break;
            case Verdict.Warning:
                Assert.Warn(result.Message);
                break;
            case Verdict.NotRun:
                Assert.Inconclusive(result.Message);
                break;
        }
    }
}
