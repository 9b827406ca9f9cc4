namespace PeeringContracts.Conformance.Running;

/// <summary>The outcome of one requirement against one target.</summary>
public enum Verdict
{
    Passed,
    Failed,

    /// <summary>A SHOULD requirement failed under the <c>documented</c> profile: reported, not fatal.</summary>
    Warning,

    /// <summary>A prerequisite (a token, a fixture kind) was not available: nothing was judged. Never counts as passed.</summary>
    NotRun,
}
