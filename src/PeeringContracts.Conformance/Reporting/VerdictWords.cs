using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The words the reports use for verdicts, so Markdown and JSON never disagree.</summary>
internal static class VerdictWords
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Failed => "failed",
        Verdict.Warning => "warning",
        _ => "not run",
    };
}
