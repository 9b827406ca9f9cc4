using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Reporting;

/// <summary>The words the reports use for verdicts and failure kinds, so Markdown and JSON never disagree.</summary>
internal static class VerdictWords
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string CouldNotStart = "could not start";

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Passed => Passed,
        Verdict.Failed => Failed,
        Verdict.Warning => "warning",
        _ => "not run",
    };

    public static string Of(FailureKind kind) => kind switch
    {
        FailureKind.None => "none",
        FailureKind.Requirement => "requirement",
        FailureKind.Preparation => "preparation",
        FailureKind.HelperRequest => "helper-request",
        FailureKind.CouldNotRun => "could-not-run",
        _ => "suite",
    };
}
