namespace PeeringContracts.Conformance.Runner;

/// <summary>The one test that fails when the run cannot start, with every reason at once; the requirements then say they
/// did not run, so a misconfigured gate is red once, not once per requirement.</summary>
[Order(0)]
public sealed class TheRunStarts
{
    [Test]
    public void The_settings_load_and_the_target_answers()
    {
        var problems = ConformanceRun.Session.Report.StartProblems;
        if (problems.Count > 0)
        {
            TestSupport.Outcome.Fail($"The conformance run cannot start:\n{string.Join("\n", problems.Select(problem => $"- {problem}"))}");
        }
    }
}
