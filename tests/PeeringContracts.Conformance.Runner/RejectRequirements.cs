using PeeringContracts.Conformance.Running;
using PeeringContracts.TestSupport;

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
        var result = await ConformanceRun.Session.RunAsync(requirementId, CancellationToken.None);
        switch (result.Verdict)
        {
            case Verdict.Failed:
                Outcome.Fail(result.Message);
                break;
            case Verdict.Warning:
                Outcome.Warn(result.Message);
                break;
            case Verdict.NotRun:
                Outcome.NotRun(result.Problem ?? result.Message);
                break;
        }
    }
}
