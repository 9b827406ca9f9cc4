using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>A requirement that could not run (no outsider token, nothing refused…) fails a strict run with its reason;
/// the documented profile reports it as not run.</summary>
public sealed class CouldNotRunVerdictTests
{
    private const string Reason = "PEERING_OUTSIDER_TOKEN is not set, so no unrelated tenant can be played.";

    [Test]
    public async Task Under_the_strict_profile_it_fails_with_its_reason()
    {
        var result = await RunUnrunnableAsync("strict");

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.CouldNotRun);
        result.Message.ShouldStartWith(MadeUpCheck.RequirementId);
        result.Message.ShouldContain(Reason);
    }

    [Test]
    public async Task Under_the_documented_profile_it_is_not_run()
    {
        var result = await RunUnrunnableAsync("documented");

        result.Verdict.ShouldBe(Verdict.NotRun, result.Message);
        result.Message.ShouldContain(Reason);
    }

    private static Task<CheckResult> RunUnrunnableAsync(string profile) =>
        MadeUpCheck.RunAsync("A requirement whose prerequisite is missing.", _ => throw new PrerequisiteMissingException(Reason), profile);
}
