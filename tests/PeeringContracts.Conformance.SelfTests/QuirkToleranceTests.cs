using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The other half of honesty: a false alarm in a provider's CI gate is as bad as a missed fault. For every allowed
/// quirk of the reference provider (unusual but documented-conforming behaviour), the whole catalogue must pass.
/// Each test reads its row of the <see cref="DetectionMatrix"/>.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class QuirkToleranceTests
{
    public static IEnumerable<TestCaseData> Quirks() =>
        QuirkCatalog.All.Select(quirk => new TestCaseData(quirk.Name).SetName($"The suite accepts the allowed quirk {quirk.Name}"));

    [TestCaseSource(nameof(Quirks))]
    public async Task Every_requirement_passes_against_an_allowed_quirk(string quirkName)
    {
        var row = (await DetectionMatrix.Current).Quirk(quirkName);

        row.NotPassed.Select(result => result.Message)
            .ShouldBeEmpty($"quirk '{quirkName}' is allowed ({QuirkCatalog.Get(quirkName).Allows}), so no requirement may fail");
    }
}
