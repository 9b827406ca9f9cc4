namespace PeeringContracts.Conformance.Settings;

/// <summary>What one run may send to the target: a budget a staging account survives (issue 18), raised by a setting.</summary>
public sealed record RequestLimits(int MaxRequests, int MaxCreates);
