using PeeringContracts.Conformance.Settings;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The settings table of docs/configuration.md is how people configure a run: it must say exactly what
/// <see cref="Setting.All"/> declares.</summary>
public sealed class ConfigurationTableTests
{
    [Test]
    public void The_configuration_page_lists_every_setting_with_what_it_holds_its_default_whether_it_is_secret_and_its_meaning() =>
        MarkdownTable.Read("docs/configuration.md", "Target settings", "variable", "holds", "default", "secret", "meaning")
            .ShouldList([.. Setting.All.Select(Row)], "Setting.All");

    private static string[] Row(Setting setting) =>
        [$"`{setting.Name}`", setting.Holds, setting.Default, setting.Secret ? "yes" : "no", setting.Meaning];
}
