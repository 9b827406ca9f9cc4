using System.Diagnostics;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Oracles;
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
        var result = await VerdictOfAsync(check, context);
        return result with { NotJudged = context.NotJudgedParts, Inputs = context.InputsTried, Coverage = context.Coverage };
    }

    private static async Task<CheckResult> VerdictOfAsync(ConformanceCheck check, CheckContext context)
    {
        var requirement = check.Requirement;
        ExchangeOrigin.Enter(ExchangeOrigin.Check(requirement.Id));
        var clock = Stopwatch.StartNew();
        try
        {
            await check.Body(context);
            return CheckResult.Pass(requirement, clock.Elapsed);
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
            return Describe(new CheckResult(requirement, verdict, clock.Elapsed) { FailureKind = KindOf(problem) }, problem, context.Settings.Timeout);
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
            ? new CheckResult(requirement, Verdict.NotRun, duration) { Problem = $"not run: {missing.Message}" }
            : new CheckResult(requirement, Verdict.Failed, duration)
            {
                FailureKind = FailureKind.CouldNotRun,
                Problem = $"could not run, and the strict profile requires every requirement to run (the documented profile reports it as not run): {missing.Message}",
            };

    private static FailureKind KindOf(Exception problem) => problem switch
    {
        FixtureFailedException => FailureKind.Preparation,
        RequirementFailedException or PeeringTransportException => FailureKind.Requirement,
        HelperRequestFailedException or PeeringApiException or PeeringResponseException => FailureKind.HelperRequest,
        _ => FailureKind.Suite,
    };

    private static CheckResult Describe(CheckResult result, Exception problem, TimeSpan timeout) => problem switch
    {
        RequirementFailedException failure => result with { Expected = failure.Expected, Actual = failure.Actual, Exchanges = ExchangesOf(failure.Exchange) },
        FixtureFailedException fixture => Because(result, $"preparing the check failed, so the provider could not be judged: {fixture.Message}", fixture.Exchange),
        HelperRequestFailedException helper => Because(result, $"{HelperRequestFailed} got an unexpected answer: {helper.Message}", helper.Exchange),
        PeeringApiException api => Because(result, $"{HelperRequestFailed} got an unexpected error answer: {api.Message}", api.Exchange),
        PeeringResponseException response => Because(result, $"{HelperRequestFailed} got an answer not in the documented shape: {response.Message}", response.Exchange),
        PeeringTransportException transport => Because(result, $"{TransportFailure.Describe(transport, timeout)} (see also REJ-023)", exchange: null),
        _ => Because(result, $"the check could not complete: {problem.GetType().Name}: {problem.Message}", exchange: null),
    };

    private static CheckResult Because(CheckResult result, string problem, PeeringExchange? exchange) =>
        result with { Problem = problem, Exchanges = ExchangesOf(exchange) };

    private static IReadOnlyList<PeeringExchange> ExchangesOf(PeeringExchange? exchange) => exchange is null ? [] : [exchange];
}
