using PeeringContracts.Conformance.Running;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner;

/// <summary>Ends a requirement's test with its verdict: failed with its message and no stack trace, a warning and a
/// requirement not run skipped with theirs.</summary>
internal static class VerdictOutcome
{
    public static void End(CheckResult result)
    {
        switch (result.Verdict)
        {
            case Verdict.Failed:
                Outcome.Fail(result.Message);
                break;
            case Verdict.Warning:
                Outcome.Warn(result.Message);
                break;
            case Verdict.NotRun:
                Outcome.NotRun(result.Problem ?? result.Message);
                break;
        }
    }
}
