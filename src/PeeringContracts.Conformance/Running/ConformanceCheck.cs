using PeeringContracts.Conformance.Requirements;

namespace PeeringContracts.Conformance.Running;

/// <summary>A requirement and the real requests that judge it. The body throws to fail; returning means passed.</summary>
public sealed record ConformanceCheck(Requirement Requirement, Func<CheckContext, Task> Body);
