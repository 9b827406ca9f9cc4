using System.Xml.Linq;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>One of the committed runsettings files, read for its <c>TestRunParameters</c>.</summary>
internal sealed record RunSettingsFile(string Name, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The files in <c>runsettings/</c>, by name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["local.runsettings", "ci.runsettings", "staging.runsettings"];

    /// <summary>The parameters the file gives a value, as <c>TestRunParameters</c> entries (blank: not set).</summary>
    public IEnumerable<KeyValuePair<string, string>> Given => Parameters.Where(parameter => !string.IsNullOrWhiteSpace(parameter.Value));

    public static RunSettingsFile Read(string name)
    {
        var document = XDocument.Load(Path.Combine(RepositoryRoot.Path, "runsettings", name));
        var parameters = document.Descendants("TestRunParameters").Elements("Parameter")
            .ToDictionary(parameter => (string?)parameter.Attribute("name") ?? string.Empty, parameter => (string?)parameter.Attribute("value") ?? string.Empty);
        return new RunSettingsFile(name, parameters);
    }

    public override string ToString() => $"runsettings/{Name}";
}
