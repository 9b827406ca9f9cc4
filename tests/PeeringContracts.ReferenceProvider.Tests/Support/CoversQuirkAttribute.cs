using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Marks the test that proves a quirk switch turns on what its catalogue row allows (and shows in reports).
/// The test switches on the quirk named here, so the name is written once per test.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CoversQuirkAttribute(string quirk) : PropertyAttribute(nameof(Quirk), quirk)
{
    public string Quirk { get; } = quirk;

    /// <summary>The quirk the running test covers, checked against the catalogue.</summary>
    public static string OfCurrentTest() => QuirkCatalog.Get(CoversFaultAttribute.CoveredName(nameof(Quirk))).Name;
}
