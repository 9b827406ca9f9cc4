using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Runner;

/// <summary>A requirement as an NUnit test case: named by its id and sentence, its category and level as categories
/// (<c>--filter "TestCategory=auth"</c>, <c>--filter "TestCategory=MUST"</c>, <c>--filter "Name~REJ-013"</c>).</summary>
internal static class RequirementTestCase
{
    public static TestCaseData For(Requirement requirement) => new TestCaseData(requirement.Id)
        .SetName($"{requirement.Id} {requirement.Sentence.Replace("`", string.Empty, StringComparison.Ordinal).TrimEnd('.')}")
        .SetCategory(requirement.Category)
        .SetCategory(requirement.LevelWord)
        .SetProperty("Requirement", requirement.Id)
        .SetProperty("Source", requirement.Source);
}
