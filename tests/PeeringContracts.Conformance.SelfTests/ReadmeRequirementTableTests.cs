using PeeringContracts.Conformance.Requirements;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The requirement table of docs/requirements.md is what provider teams read: it must say exactly what the
/// catalogue checks.</summary>
public sealed class ReadmeRequirementTableTests
{
    [Test]
    public void The_requirements_page_lists_every_requirement_with_its_level_category_sentence_and_source() =>
        MarkdownTable.Read("docs/requirements.md", "The requirements", "id", "level", "category", "requirement", "source")
            .ShouldList([.. ConformanceCatalog.Requirements.Select(Row)], "ConformanceCatalog.Requirements");

    private static string[] Row(Requirement requirement) =>
        [requirement.Id, requirement.LevelWord, requirement.Category, requirement.Sentence, requirement.Source];
}
