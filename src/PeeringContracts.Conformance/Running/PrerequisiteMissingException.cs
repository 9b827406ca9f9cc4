namespace PeeringContracts.Conformance.Running;

/// <summary>The check cannot run against this target as configured (no outsider token, say): its verdict is "not run".</summary>
public sealed class PrerequisiteMissingException(string reason) : Exception(reason);
