namespace PeeringContracts.Conformance.Settings;

/// <summary>Which failures fail the run.</summary>
public enum ConformanceProfile
{
    /// <summary>MUST and SHOULD failures both fail the run.</summary>
    Strict,

    /// <summary>Only MUST failures fail the run; SHOULD failures are reported as warnings.</summary>
    Documented,
}
