using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider.Quirks;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Update is documented but optional: nothing in the reject's contract needs it. A provider without it passes the
/// whole run under strict; where a check could only prepare its peering through update, that part is reported as not
/// judged and the rest of the check still decides.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class NoUpdateProviderTests
{
    [Test]
    public async Task A_provider_without_update_passes_the_whole_run_under_strict_and_no_requirement_depended_on_update()
    {
        var row = (await DetectionMatrix.Current).Quirk(QuirkCatalog.NoUpdateOperation.Name);

        row.NotPassed.Select(result => result.Message).ShouldBeEmpty();
        row.Results.Where(result => result.NotJudged.Count > 0).Select(result => result.Message)
            .ShouldBeEmpty("api fixtures set the description at create, so no part of any requirement needs update");
    }

    [Test]
    public async Task With_api_fixtures_nothing_is_left_unjudged_against_the_clean_provider_or_any_quirk()
    {
        var matrix = await DetectionMatrix.Current;

        foreach (var row in matrix.Quirks.Prepend(matrix.Clean))
        {
            row.Results.Where(result => result.NotJudged.Count > 0).Select(result => result.Message).ShouldBeEmpty(row.Subject);
        }
    }

    [Test]
    public async Task Without_update_and_with_fixtures_that_cannot_describe_a_peering_REJ_031_passes_and_the_report_names_what_it_did_not_judge()
    {
        await using var run = await SelfTestRun.StartAsync([], quirks: [QuirkCatalog.NoUpdateOperation.Name], fixtures: FixtureStrategy.ProviderState);
        using var folder = new TemporaryFolder();
        var result = await run.RunAsync("REJ-031");

        var (document, path) = await run.FinishAsync(folder.Path);

        result.Verdict.ShouldBe(Verdict.Passed, result.Message);
        var notJudged = result.NotJudged.ShouldHaveSingleItem(result.Message);
        notJudged.ShouldContain("that a reject keeps the `description`");
        notJudged.ShouldContain("fixtures 'provider-state'");
        notJudged.ShouldContain("answered 405");
        result.Message.ShouldContain($"not judged: {notJudged}");
        document.Requirements.Single(requirement => requirement.Id == "REJ-031").NotJudged.ShouldBe([notJudged]);
        (await File.ReadAllTextAsync(path)).ShouldContain($"## Not judged{Environment.NewLine}{Environment.NewLine}- REJ-031: {notJudged}");
        ReportSchema.Violations(await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json"))).ShouldBeEmpty();
    }
}
