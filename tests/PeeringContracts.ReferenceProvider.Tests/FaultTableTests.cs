using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The provider README's fault table and <see cref="FaultCatalog.All"/> must say the same thing.</summary>
public sealed class FaultTableTests
{
    [Test]
    public void The_readme_fault_table_matches_the_catalogue() =>
        MarkdownTable.Read("src/PeeringContracts.ReferenceProvider/README.md", "Fault catalogue", "fault", "category", "breaks", "caught by")
            .ShouldList([.. FaultCatalog.All.Select(fault => new[] { $"`{fault.Name}`", fault.Category, fault.Breaks, string.Join(", ", fault.CaughtBy) })], "FaultCatalog.All");

    [Test]
    public void Every_fault_is_caught_by_known_requirement_ids_and_has_a_switch_test()
    {
        var tested = typeof(FaultSwitchTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes(typeof(CoversFaultAttribute), false).Cast<CoversFaultAttribute>())
            .Select(attribute => attribute.Fault);

        FaultCatalog.All.SelectMany(fault => fault.CaughtBy).ShouldAllBe(id => id.Length == 7 && id.StartsWith("REJ-"));
        tested.ShouldBe(FaultCatalog.All.Select(fault => fault.Name), ignoreOrder: true);
    }

    /// <summary>Evidence proves the check saw the fault only if other failures lack it: the requirement id heads every
    /// failure message of that requirement, so it never counts.</summary>
    [Test]
    public void Every_requirement_that_must_catch_a_fault_names_its_evidence_once()
    {
        FaultCatalog.All.ShouldAllBe(fault => fault.Detections.Count > 0 && fault.CaughtBy.Distinct().Count() == fault.CaughtBy.Count);
        FaultCatalog.All.SelectMany(fault => fault.Detections)
            .ShouldAllBe(detection => !string.IsNullOrWhiteSpace(detection.Evidence) && !detection.Evidence.Contains("REJ-"));
    }

    [Test]
    public void Get_finds_a_fault_by_name_and_refuses_unknown_names()
    {
        FaultCatalog.Get("slow-reject").Category.ShouldBe("timing");
        Should.Throw<ArgumentException>(() => FaultCatalog.Get("Slow-Reject")).Message.ShouldContain("slow-reject");
    }
}
