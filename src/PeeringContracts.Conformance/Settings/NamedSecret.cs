namespace PeeringContracts.Conformance.Settings;

/// <summary>A secret of the run and what names it in evidence (its variable), so a leak can say which secret it was
/// without repeating it.</summary>
public sealed record NamedSecret(string Name, string Value)
{
    // The generated ToString would print the value.
    public override string ToString() => $"NamedSecret {{ Name = {Name}, Value = *** }}";
}
