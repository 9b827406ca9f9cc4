using PeeringContracts.Conformance.Requirements;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The README's requirement table is what provider teams read: it must say exactly what the catalogue checks.</summary>
public sealed class ReadmeRequirementTableTests
{
    [Test]
    public void The_readme_lists_every_requirement_with_its_level_category_sentence_and_source()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"))
            .Where(line => line.StartsWith("| REJ-", StringComparison.Ordinal))
            .Select(line => line.Trim('|', ' '))
            .ToList();
        var catalogue = ConformanceCatalog.Requirements.Select(Row).ToList();

        rows.ShouldSatisfyAllConditions(
            () => rows.Except(catalogue).ShouldBeEmpty("rows of README.md's requirement table that the catalogue does not have"),
            () => catalogue.Except(rows).ShouldBeEmpty("requirements of ConformanceCatalog missing from README.md's table"),
            () => rows.ShouldBe(catalogue, "README.md's requirement table must list the catalogue in id order"));
    }

    private static string Row(Requirement requirement) =>
        $"{requirement.Id} | {requirement.LevelWord} | {requirement.Category} | {requirement.Sentence} | {requirement.Source.Replace("|", "\\|", StringComparison.Ordinal)}";
}
