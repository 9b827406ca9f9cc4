namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Marks the test that proves a quirk switch turns on what its catalogue row allows (and shows in reports).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CoversQuirkAttribute(string quirk) : PropertyAttribute(nameof(Quirk), quirk)
{
    public string Quirk { get; } = quirk;
}
