using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Running;

/// <summary>One requirement's verdict, with the message a provider team reads to fix it.</summary>
public sealed record CheckResult(Requirement Requirement, Verdict Verdict, string Message, TimeSpan Duration)
{
    public FailureKind FailureKind { get; init; }
}
