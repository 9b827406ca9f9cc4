using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The whole catalogue against the clean reference provider in the two fixture modes the detection matrix (all
/// <c>api</c>) does not use, and independent truth in each: a fault that bends what a reject echoes is still caught when
/// the peerings come from a provider-state endpoint or from a list of ids.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FixtureModeTests
{
    /// <summary>The requirements that need an ACTIVE peering, which <c>preprovisioned</c> fixtures cannot make.</summary>
    private static readonly string[] NeedAnActivePeering = ["REJ-017"];

    /// <summary>The model-based requirements, which create their own peerings through the API (<c>api</c> fixtures).</summary>
    private static readonly string[] CreateThroughTheApi = ["REJ-045", "REJ-046", "REJ-047"];

    [Test]
    public async Task With_provider_state_fixtures_the_clean_provider_passes_every_requirement_but_the_model_based_ones_under_strict()
    {
        await using var run = await SelfTestRun.StartAsync([], fixtures: FixtureStrategy.ProviderState);
        var results = await run.RunWholeCatalogueAsync();

        var notPassed = results.Where(result => result.Verdict != Verdict.Passed).ToList();
        notPassed.Select(result => result.Requirement.Id).ShouldBe(CreateThroughTheApi, string.Join("\n", notPassed.Select(result => result.Message)));
        ShouldNeedApiFixtures(notPassed);
        (await run.CleanUpAsync()).ShouldBeEmpty();
        run.ExpectedFromProvider.Fields.ShouldBeEmpty("the state endpoint named each peering as the suite asked, and the settings give every VPC info");
    }

    [Test]
    public async Task With_preprovisioned_fixtures_only_the_requirements_needing_an_active_peering_cannot_run()
    {
        await using var run = await SelfTestRun.StartAsync([], fixtures: FixtureStrategy.Preprovisioned);
        var results = await run.RunWholeCatalogueAsync();

        var notPassed = results.Where(result => result.Verdict != Verdict.Passed).ToList();
        notPassed.Select(result => result.Requirement.Id).ShouldBe([.. NeedAnActivePeering, .. CreateThroughTheApi], string.Join("\n", notPassed.Select(result => result.Message)));
        ShouldNeedApiFixtures([.. notPassed.Where(result => CreateThroughTheApi.Contains(result.Requirement.Id))]);
        foreach (var result in notPassed.Where(result => NeedAnActivePeering.Contains(result.Requirement.Id)))
        {
            result.Verdict.ShouldBe(Verdict.Failed, result.Message);
            result.FailureKind.ShouldBe(FailureKind.CouldNotRun, result.Message);
            result.Message.ShouldContain("'preprovisioned' cannot make an ACTIVE peering");
        }

        run.ExpectedFromProvider.Fields.ShouldBe([ExpectedFromProvider.Name], "the suite never named these peerings; the settings give every VPC info");
    }

    [TestCase(FixtureStrategy.ProviderState, "swapped-vpc-infos", "request_vpc_info.vpc_id")]
    [TestCase(FixtureStrategy.ProviderState, "over-long-name", "name")]
    [TestCase(FixtureStrategy.Preprovisioned, "swapped-vpc-infos", "request_vpc_info.vpc_id")]
    public async Task A_reject_that_echoes_other_values_fails_REJ_005_whatever_the_fixtures(FixtureStrategy fixtures, string fault, string field)
    {
        await using var run = await SelfTestRun.StartAsync([fault], fixtures: fixtures);
        var result = await run.RunAsync("REJ-005");

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.Requirement, result.Message);
        result.Message.ShouldContain($"expected: {field} = ");
    }

    private static void ShouldNeedApiFixtures(IReadOnlyList<CheckResult> results)
    {
        foreach (var result in results)
        {
            result.FailureKind.ShouldBe(FailureKind.CouldNotRun, result.Message);
            result.Message.ShouldContain("needs PEERING_FIXTURES=api");
        }
    }
}
