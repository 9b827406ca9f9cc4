using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Marks the test that proves a fault switch changes what its catalogue row says (and shows in reports).
/// The test switches on the fault named here, so the name is written once per test.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CoversFaultAttribute(string fault) : PropertyAttribute(nameof(Fault), fault)
{
    public string Fault { get; } = fault;

    /// <summary>The fault the running test covers, checked against the catalogue.</summary>
    public static string OfCurrentTest() => FaultCatalog.Get(CoveredName(nameof(Fault))).Name;

    internal static string CoveredName(string property) =>
        TestContext.CurrentContext.Test.Properties.Get(property) as string
        ?? throw new InvalidOperationException($"{TestContext.CurrentContext.Test.Name} has no [Covers{property}] attribute.");
}
