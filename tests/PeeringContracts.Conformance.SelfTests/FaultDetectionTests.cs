using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The worst defect this project can have is a suite that passes a broken provider. For every fault of the reference
/// provider's catalogue, the requirements its row names must fail; the clean provider must pass them all.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultDetectionTests
{
    public static IEnumerable<TestCaseData> Faults() =>
        FaultCatalog.All.Select(fault => new TestCaseData(fault.Name).SetName($"The suite catches the fault {fault.Name}"));

    [TestCaseSource(nameof(Faults))]
    public async Task The_requirements_named_by_a_fault_fail_against_it(string faultName)
    {
        var fault = FaultCatalog.Get(faultName);
        await using var run = await SelfTestRun.StartAsync([faultName]);
        foreach (var requirementId in fault.CaughtBy)
        {
            var result = await run.RunAsync(requirementId);
            result.Verdict.ShouldBe(Verdict.Failed,
                $"fault '{faultName}' ({fault.Breaks}) must fail {requirementId}, but the suite said:\n{result.Message}");
            result.FailureKind.ShouldBe(FailureKind.Requirement,
                $"{requirementId} must fail on the fault itself, not while preparing or through a defect of the suite:\n{result.Message}");
            result.Message.ShouldStartWith(requirementId);
        }
    }

    [Test]
    public async Task The_clean_provider_passes_every_requirement()
    {
        await using var run = await SelfTestRun.StartAsync([]);

        (await run.RunWholeCatalogueAsync()).ShouldBeEmpty();
        (await run.CleanUpAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task Under_the_documented_profile_a_broken_should_requirement_is_a_warning_and_a_broken_must_one_fails()
    {
        await using var run = await SelfTestRun.StartAsync(["outsider-can-reject", "wrong-id"], profile: "documented");
        (await run.RunAsync("REJ-016")).Verdict.ShouldBe(Verdict.Warning);
        (await run.RunAsync("REJ-004")).Verdict.ShouldBe(Verdict.Failed);
    }
}
