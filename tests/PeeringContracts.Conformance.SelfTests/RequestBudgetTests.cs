using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The run-wide budget (<c>PEERING_MAX_CREATES</c>, <c>PEERING_MAX_REQUESTS</c>): once spent, the checks that
/// need more do not run and name the setting that raises it, and what the run created is still cleaned up.</summary>
public sealed class RequestBudgetTests
{
    [TestCase("PEERING_MAX_CREATES", "4")]
    [TestCase("PEERING_MAX_REQUESTS", "40")]
    public async Task A_spent_budget_stops_the_checks_that_need_more_names_the_setting_and_still_cleans_up(string setting, string limit)
    {
        await using var run = await SelfTestRun.StartAsync([], settings: new Dictionary<string, string> { [setting] = limit });

        var results = await run.RunWholeCatalogueAsync();

        var stopped = results.Where(result => result.Message.Contains($"raise {setting} to run the rest", StringComparison.Ordinal)).ToList();
        stopped.ShouldNotBeEmpty();
        stopped.ShouldAllBe(result => result.Verdict == Verdict.Failed && result.FailureKind == FailureKind.CouldNotRun);
        results.Where(result => result.Verdict == Verdict.Passed).ShouldNotBeEmpty("the checks within the budget still run");
        (await run.CleanUpAsync()).ShouldBeEmpty();
        var sent = run.Report.RequestsSent.ToDictionary(entry => entry.Operation, entry => entry.Count);
        (setting == Setting.MaxCreates.Name ? sent.GetValueOrDefault("create") : sent.Where(entry => entry.Key != "delete").Sum(entry => entry.Value))
            .ShouldBeLessThanOrEqualTo(int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture));
    }
}
