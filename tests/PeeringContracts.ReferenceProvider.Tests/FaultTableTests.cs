using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The provider README's fault table and <see cref="FaultCatalog.All"/> must say the same thing.</summary>
public sealed class FaultTableTests
{
    [Test]
    public void The_readme_fault_table_matches_the_catalogue() =>
        ReadmeTable.ShouldMatch("Fault catalogue",
            [.. FaultCatalog.All.Select(fault => ReadmeTable.Row(fault.Name, fault.Category, fault.Breaks, string.Join(", ", fault.CaughtBy)))]);

    [Test]
    public void Every_fault_is_caught_by_known_requirement_ids_and_has_a_switch_test()
    {
        var tested = typeof(FaultSwitchTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes(typeof(CoversFaultAttribute), false).Cast<CoversFaultAttribute>())
            .Select(attribute => attribute.Fault);

        FaultCatalog.All.SelectMany(fault => fault.CaughtBy).ShouldAllBe(id => id.Length == 7 && id.StartsWith("REJ-"));
        tested.ShouldBe(FaultCatalog.All.Select(fault => fault.Name), ignoreOrder: true);
    }

    [Test]
    public void Get_finds_a_fault_by_name_and_refuses_unknown_names()
    {
        FaultCatalog.Get("slow-reject").Category.ShouldBe("timing");
        Should.Throw<ArgumentException>(() => FaultCatalog.Get("Slow-Reject")).Message.ShouldContain("slow-reject");
    }

}
