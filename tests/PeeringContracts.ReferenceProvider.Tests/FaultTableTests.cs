using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The provider README's fault table and <see cref="FaultCatalog.All"/> must say the same thing.</summary>
public sealed class FaultTableTests
{
    [Test]
    public void The_readme_fault_table_matches_the_catalogue()
    {
        var rows = ReadmeFaultRows();

        rows.Select(row => row.Name).ShouldBe(FaultCatalog.All.Select(fault => fault.Name), "README fault names, in catalogue order");
        foreach (var fault in FaultCatalog.All)
        {
            var row = rows.Single(row => row.Name == fault.Name);
            row.Category.ShouldBe(fault.Category, $"category of {fault.Name} in the README");
            row.Breaks.ShouldBe(fault.Breaks, $"'breaks' of {fault.Name} in the README");
            row.CaughtBy.ShouldBe(fault.CaughtBy, $"'caught by' of {fault.Name} in the README");
        }
    }

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

    private static List<(string Name, string Category, string Breaks, string[] CaughtBy)> ReadmeFaultRows() =>
        [.. ReadmeTable.Rows("Fault catalogue").Select(cells => (cells[0].Trim('`'), cells[1], cells[2], cells[3].Split(", ")))];
}
