namespace PeeringContracts.Conformance.Requirements;

/// <summary>How binding a requirement is: MUST rests on the documentation, SHOULD on inference (see the facts file).</summary>
public enum RequirementLevel
{
    Must,
    Should,
}
