using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.ReferenceProvider.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The provider README's quirk table and <see cref="QuirkCatalog.All"/> must say the same thing, and every
/// quirk needs a test that switches it on.</summary>
public sealed class QuirkTableTests
{
    [Test]
    public void The_readme_quirk_table_matches_the_catalogue() =>
        MarkdownTable.Read("src/PeeringContracts.ReferenceProvider/README.md", "Quirk catalogue", "quirk", "allows", "source")
            .ShouldList([.. QuirkCatalog.All.Select(quirk => new[] { $"`{quirk.Name}`", quirk.Allows, quirk.Source })], "QuirkCatalog.All");

    [Test]
    public void Every_quirk_has_a_switch_test_and_no_quirk_is_also_a_fault()
    {
        var tested = typeof(QuirkSwitchTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes(typeof(CoversQuirkAttribute), false).Cast<CoversQuirkAttribute>())
            .Select(attribute => attribute.Quirk);

        tested.ShouldBe(QuirkCatalog.All.Select(quirk => quirk.Name), ignoreOrder: true);
        QuirkCatalog.All.Select(quirk => quirk.Name).Intersect(FaultCatalog.All.Select(fault => fault.Name)).ShouldBeEmpty();
    }

    [Test]
    public void Get_finds_a_quirk_by_name_and_refuses_unknown_names()
    {
        QuirkCatalog.Get("path-prefix").Name.ShouldBe("path-prefix");
        Should.Throw<ArgumentException>(() => QuirkCatalog.Get("Path-Prefix")).Message.ShouldContain("slow-but-in-time");
    }
}
