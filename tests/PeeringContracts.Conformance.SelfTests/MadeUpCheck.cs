using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>A check made up to test how the runner judges what happens in a check, run against the clean embedded
/// reference provider under the given profile. Its requirement is REJ-999, a SHOULD.</summary>
internal static class MadeUpCheck
{
    public const string RequirementId = "REJ-999";

    public static async Task<CheckResult> RunAsync(string description, Func<CheckContext, Task> body, string profile = "strict", IReadOnlyDictionary<string, string>? given = null)
    {
        var check = new ConformanceCheck(new Requirement(RequirementId, RequirementLevel.Should, RequirementCategory.Auth, description, "test"), body);
        var settings = TargetSettings.Load(name => name == Setting.Profile ? profile : given?.GetValueOrDefault(name));
        await using var target = await EmbeddedTarget.StartAsync(settings, CancellationToken.None);
        return await CheckRunner.RunAsync(check, target.ContextFor(check.Requirement, CancellationToken.None));
    }
}
