using PeeringContracts.Conformance.Reporting;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>
/// Every runnable example of the README and docs/ runs as printed and clean: with <c>--no-build</c> and this build's
/// configuration added, its results in a folder of its own, its provider started here with the example's faults on a
/// free port (the example's URL pointed there). Clean: the run started, every requirement was judged, no expected value
/// came from the provider, and exactly the requirements its comment names failed.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class DocumentedExamplesTests
{
    public static IEnumerable<TestCaseData> Examples() =>
        RunnableExamples.All().Select(example => new TestCaseData(example).SetArgDisplayNames(example.Place));

    [Test]
    public void The_README_and_the_fault_guide_each_mark_a_runnable_example() =>
        RunnableExamples.All().Select(example => example.Place.Split(':')[0]).Distinct()
            .ShouldBe(["README.md", Path.Combine("docs", "reference-provider.md")], ignoreOrder: true);

    [TestCaseSource(nameof(Examples))]
    public async Task Runs_clean_as_printed(RunnableExample example)
    {
        await using var provider = example.ProviderUrl is null ? null : await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { Faults = example.ProviderFaults });
        var environment = example.Environment.ToDictionary(
            entry => entry.Key,
            entry => provider is null ? entry.Value : entry.Value.Replace(example.ProviderUrl!, provider.BaseUrl.ToString().TrimEnd('/'), StringComparison.Ordinal),
            StringComparer.Ordinal);
        using var results = new TemporaryFolder();
        var run = await DotnetTest.RunAsync(example.TestArguments.Concat(["--results-directory", results.Path]), environment, results.Path);
        var report = JsonReport.Read(results.File($"{ReportFiles.FullName}.json"));
        run.ShouldSatisfyAllConditions(
            () => report.StartProblems.ShouldBeEmpty(),
            () => report.WithVerdict("not run").ShouldBeEmpty(),
            () => report.ExpectedFromProvider.ShouldBeEmpty(),
            () => report.WithVerdict("failed").Except(example.PossibleFailures).ShouldBe(example.ExpectedFailures.Order(StringComparer.Ordinal)),
            () => run.ExitCode.ShouldBe(example.ExpectedFailures.Count == 0 ? 0 : 1, $"{run}"));
    }
}
