using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>A requirement that could not run (no outsider token, nothing refused…) fails a strict run with its reason;
/// the documented profile reports it as not run.</summary>
public sealed class CouldNotRunVerdictTests
{
    private const string Reason = "PEERING_OUTSIDER_TOKEN is not set, so no unrelated tenant can be played.";

    private static readonly ConformanceCheck Unrunnable = new(
        new Requirement("REJ-999", RequirementLevel.Should, RequirementCategory.Auth, "A requirement whose prerequisite is missing.", "test"),
        _ => throw new PrerequisiteMissingException(Reason));

    [Test]
    public async Task Under_the_strict_profile_it_fails_with_its_reason()
    {
        var result = await RunUnrunnableAsync("strict");

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.CouldNotRun);
        result.Message.ShouldStartWith("REJ-999");
        result.Message.ShouldContain(Reason);
    }

    [Test]
    public async Task Under_the_documented_profile_it_is_not_run()
    {
        var result = await RunUnrunnableAsync("documented");

        result.Verdict.ShouldBe(Verdict.NotRun, result.Message);
        result.Message.ShouldContain(Reason);
    }

    private static async Task<CheckResult> RunUnrunnableAsync(string profile)
    {
        var settings = TargetSettings.Load(name => name == SettingNames.Profile ? profile : null);
        await using var target = await ConformanceTarget.StartAsync(settings, CancellationToken.None);
        return await CheckRunner.RunAsync(Unrunnable, target.ContextFor(Unrunnable.Requirement, CancellationToken.None));
    }
}
