using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The worst defect this project can have is a suite that passes a broken provider. For every fault of the reference
/// provider's catalogue, the requirements its <see cref="FaultExpectations"/> name must fail on the provider's answers;
/// the clean provider must pass them all. Each test reads its row of the <see cref="DetectionMatrix"/>.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultDetectionTests
{
    public static IEnumerable<TestCaseData> Faults() =>
        FaultCatalog.All.Select(fault => new TestCaseData(fault.Name).SetName($"The suite catches the fault {fault.Name}"));

    [TestCaseSource(nameof(Faults))]
    public async Task The_requirements_named_by_a_fault_fail_against_it_showing_its_symptom(string faultName)
    {
        var fault = FaultCatalog.Get(faultName);
        var detections = FaultExpectations.For(faultName);
        detections.ShouldNotBeEmpty($"fault '{faultName}' has no entry in FaultExpectations: name the requirements that must catch it and their evidence");
        var row = (await DetectionMatrix.Current).Fault(faultName);
        foreach (var detection in detections)
        {
            var result = row.For(detection.RequirementId);
            result.Verdict.ShouldBe(Verdict.Failed,
                $"fault '{faultName}' ({fault.Breaks}) must fail {detection.RequirementId}, but the suite said:\n{result.Message}");
            result.FailureKind.ShouldBe(FailureKind.Requirement,
                $"{detection.RequirementId} must fail on the fault itself, not while preparing, on a helper request or through a defect of the suite:\n{result.Message}");
            detection.Evidence.IsStatedBy(result).ShouldBeTrue(
                $"{detection.RequirementId} failed, but not on the symptom of '{faultName}': its verdict must state the evidence ({detection.Evidence}); the whole message:\n{result.Message}");
        }
    }

    [Test]
    public async Task The_clean_provider_passes_every_requirement()
    {
        var clean = (await DetectionMatrix.Current).Clean;

        clean.NotPassed.Select(result => result.Message).ShouldBeEmpty();
        clean.CleanupProblems.ShouldBeEmpty();
    }

    /// <summary>
    /// Only a missing reason fails: some overlaps depend on how a race falls (REJ-022 also catches `reject-from-active`
    /// when the accept lands first), so a reason may stand for a requirement that alone caught a fault in this run.
    /// </summary>
    [Test]
    public async Task Every_requirement_is_the_only_catcher_of_a_fault_or_says_why_not()
    {
        var matrix = await DetectionMatrix.Current;
        var unexplained = ConformanceCatalog.Requirements
            .Where(requirement => matrix.FaultsCaughtOnlyBy(requirement.Id).Count == 0 && SoleCatcherReasons.For(requirement.Id) is null)
            .Select(requirement => requirement.Id)
            .ToList();

        unexplained.ShouldBeEmpty("these requirements are not the only catcher of any fault: add a fault only each catches, or say why in SoleCatcherReasons");
    }

    [Test]
    public async Task Under_the_documented_profile_a_broken_should_requirement_is_a_warning_and_a_broken_must_one_fails()
    {
        await using var run = await SelfTestRun.StartAsync(["outsider-can-reject", "wrong-id"], profile: "documented");
        (await run.RunAsync("REJ-016")).Verdict.ShouldBe(Verdict.Warning);
        (await run.RunAsync("REJ-004")).Verdict.ShouldBe(Verdict.Failed);
    }
}
