namespace PeeringContracts.Conformance.Running;

/// <summary>Where a failed check failed: only <see cref="Requirement"/> is a verdict on the requirement itself.</summary>
public enum FailureKind
{
    /// <summary>The check did not fail.</summary>
    None,

    /// <summary>The target's answers broke the requirement.</summary>
    Requirement,

    /// <summary>The target failed while the check prepared its peering (create, accept, show, provider state).</summary>
    Preparation,

    /// <summary>A request the check made around the judged one (a show or list that reads the outcome) got an error
    /// answer or a body not in the documented shape: the target is broken there, but the requirement was not judged.</summary>
    HelperRequest,

    /// <summary>The requirement could not run against the target as configured (no outsider token, nothing refused…),
    /// which the strict profile counts as a failure.</summary>
    CouldNotRun,

    /// <summary>The check itself could not complete: a defect of the suite, not a verdict on the target.</summary>
    Suite,
}
