using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary><see cref="FaultExpectations"/> covers the fault catalogue exactly, names known requirements with evidence
/// that proves something, and the provider README's <c>caught by</c> column says the same.</summary>
public sealed class FaultExpectationsTests
{
    private static readonly IReadOnlyList<string> FaultNames = [.. FaultCatalog.All.Select(fault => fault.Name)];

    [Test]
    public void Every_fault_has_an_entry_and_every_entry_names_a_fault()
    {
        var entries = FaultExpectations.ByFault.Keys.ToList();

        entries.ShouldSatisfyAllConditions(
            () => FaultNames.Except(entries).ShouldBeEmpty("faults of FaultCatalog without an entry in FaultExpectations"),
            () => entries.Except(FaultNames).ShouldBeEmpty("entries of FaultExpectations that name no fault of FaultCatalog"),
            () => entries.ShouldBe(FaultNames, "FaultExpectations lists the faults in catalogue order"));
    }

    [Test]
    public void Every_entry_names_known_requirements_once_each_with_evidence()
    {
        var known = ConformanceCatalog.Requirements.Select(requirement => requirement.Id).ToHashSet(StringComparer.Ordinal);

        FaultExpectations.ByFault.ShouldSatisfyAllConditions(
            () => FaultExpectations.ByFault.Where(entry => entry.Value.Count == 0).Select(entry => entry.Key)
                .ShouldBeEmpty("entries that name no requirement"),
            () => FaultExpectations.ByFault.Where(entry => entry.Value.DistinctBy(detection => detection.RequirementId).Count() != entry.Value.Count)
                .Select(entry => entry.Key).ShouldBeEmpty("entries that name a requirement twice"),
            () => FaultExpectations.ByFault.Values.SelectMany(detections => detections).Select(detection => detection.RequirementId)
                .Where(id => !known.Contains(id)).ShouldBeEmpty("requirement ids that ConformanceCatalog does not have"));
    }

    /// <summary>Evidence proves the check saw the fault only if other failures lack it: the requirement id heads every
    /// failure message of that requirement, so it never counts, and a part of only spaces is in every verdict.</summary>
    [Test]
    public void Every_evidence_has_a_part_and_no_part_is_blank_or_names_a_requirement()
    {
        var evidence = FaultExpectations.ByFault.Values.SelectMany(detections => detections).Select(detection => detection.Evidence).ToList();

        evidence.ShouldAllBe(item => item.Parts.Count > 0);
        evidence.SelectMany(item => item.Parts).ShouldAllBe(part => !string.IsNullOrWhiteSpace(part.Text) && !part.Text.Contains("REJ-"));
    }

    [Test]
    public void The_provider_readme_fault_table_lists_the_requirements_that_catch_each_fault() =>
        MarkdownTable.Read("src/PeeringContracts.ReferenceProvider/README.md", "Fault catalogue", "fault", "category", "breaks", "caught by")
            .Columns("fault", "caught by")
            .ShouldList([.. FaultNames.Select(name => new[] { $"`{name}`", string.Join(", ", FaultExpectations.For(name).Select(detection => detection.RequirementId)) })], "FaultExpectations");
}
