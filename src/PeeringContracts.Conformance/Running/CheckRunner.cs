using System.Diagnostics;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Running;

/// <summary>Runs one check and turns whatever happened into a verdict and a message; it never lets an exception escape.</summary>
public static class CheckRunner
{
    /// <summary>Checks judge the operation through raw exchanges; the requests around it (reading the outcome) use the
    /// typed client or <see cref="HelperRequestFailedException"/>, so those failures never stand for the judged answer.</summary>
    private const string HelperRequestFailed =
        "the requirement could not be judged: a request the check made to read the outcome (not the one the requirement judges)";

    public static async Task<CheckResult> RunAsync(ConformanceCheck check, CheckContext context)
    {
        var requirement = check.Requirement;
        var clock = Stopwatch.StartNew();
        try
        {
            await check.Body(context);
            return new CheckResult(requirement, Verdict.Passed, $"{requirement}\n  passed", clock.Elapsed);
        }
        catch (PeeringApiException throttled) when (throttled.StatusCode == Throttling.StatusCode)
        {
            return CouldNotRun(requirement, Throttling.CouldNotJudge(throttled.Exchange), context, clock.Elapsed);
        }
        catch (PrerequisiteMissingException missing)
        {
            return CouldNotRun(requirement, missing, context, clock.Elapsed);
        }
        catch (Exception problem)
        {
            var verdict = requirement.Level == RequirementLevel.Should && context.Settings.Profile == ConformanceProfile.Documented
                ? Verdict.Warning
                : Verdict.Failed;
            return new CheckResult(requirement, verdict, Describe(requirement, problem, context.Settings.Timeout), clock.Elapsed)
            {
                FailureKind = KindOf(problem),
            };
        }
        finally
        {
            await context.ReleaseAllAsync();
        }
    }

    /// <summary>Not run under the documented profile; a failure with its reason under strict, where a gate that skips a
    /// requirement would pass a provider it never judged.</summary>
    private static CheckResult CouldNotRun(Requirement requirement, PrerequisiteMissingException missing, CheckContext context, TimeSpan duration) =>
        context.Settings.Profile == ConformanceProfile.Documented
            ? new CheckResult(requirement, Verdict.NotRun, $"{requirement}\n  not run: {missing.Message}", duration)
            : new CheckResult(requirement, Verdict.Failed,
                $"{requirement}\n  could not run, and the strict profile requires every requirement to run (the documented profile reports it as not run): {missing.Message}",
                duration)
            {
                FailureKind = FailureKind.CouldNotRun,
            };

    private static FailureKind KindOf(Exception problem) => problem switch
    {
        FixtureFailedException => FailureKind.Preparation,
        RequirementFailedException or PeeringTransportException => FailureKind.Requirement,
        HelperRequestFailedException or PeeringApiException or PeeringResponseException => FailureKind.HelperRequest,
        _ => FailureKind.Suite,
    };

    private static string Describe(Requirement requirement, Exception problem, TimeSpan timeout) => problem switch
    {
        RequirementFailedException failure => FailureMessage.For(requirement, failure.Expected, failure.Actual, failure.Exchange),
        FixtureFailedException fixture => FailureMessage.For(requirement, $"preparing the check failed, so the provider could not be judged: {fixture.Message}", fixture.Exchange),
        HelperRequestFailedException helper => FailureMessage.For(requirement, $"{HelperRequestFailed} got an unexpected answer: {helper.Message}", helper.Exchange),
        PeeringApiException api => FailureMessage.For(requirement, $"{HelperRequestFailed} got an unexpected error answer: {api.Message}", api.Exchange),
        PeeringResponseException response => FailureMessage.For(requirement, $"{HelperRequestFailed} got an answer not in the documented shape: {response.Message}", response.Exchange),
        PeeringTransportException transport => FailureMessage.For(requirement, $"{TransportFailure.Describe(transport, timeout)} (see also REJ-023)", exchange: null),
        _ => FailureMessage.For(requirement, $"the check could not complete: {problem.GetType().Name}: {problem.Message}", exchange: null),
    };
}
