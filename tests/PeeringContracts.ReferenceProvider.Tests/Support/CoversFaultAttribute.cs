namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Marks the test that proves a fault switch changes what its catalogue row says (and shows in reports).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CoversFaultAttribute(string fault) : PropertyAttribute(nameof(Fault), fault)
{
    public string Fault { get; } = fault;
}
