using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The provider README's fault table and <see cref="FaultCatalog.All"/> must say the same thing. The table's
/// <c>caught by</c> column is the conformance suite's knowledge: the self-test checks it against its fault expectations.</summary>
public sealed class FaultTableTests
{
    [Test]
    public void The_readme_fault_table_matches_the_catalogue() =>
        MarkdownTable.Read("src/PeeringContracts.ReferenceProvider/README.md", "Fault catalogue", "fault", "category", "breaks", "caught by")
            .Columns("fault", "category", "breaks")
            .ShouldList([.. FaultCatalog.All.Select(fault => new[] { $"`{fault.Name}`", fault.Category, fault.Breaks })], "FaultCatalog.All");

    /// <summary>A switch test pins a fault's behaviour where the self-test's verdicts would explain it less directly; the
    /// self-test proves every fault changes what its expectations say, so a fault needs none of its own.</summary>
    [Test]
    public void Every_switch_test_covers_one_fault_of_the_catalogue()
    {
        var tested = typeof(FaultSwitchTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes(typeof(CoversFaultAttribute), false).Cast<CoversFaultAttribute>())
            .Select(attribute => attribute.Fault)
            .ToList();

        tested.ShouldBeSubsetOf(FaultCatalog.All.Select(fault => fault.Name));
        tested.ShouldBeUnique();
    }

    [Test]
    public void Get_finds_a_fault_by_name_and_refuses_unknown_names()
    {
        FaultCatalog.Get("slow-reject").Category.ShouldBe("timing");
        Should.Throw<ArgumentException>(() => FaultCatalog.Get("Slow-Reject")).Message.ShouldContain("slow-reject");
    }
}
