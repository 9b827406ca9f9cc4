using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// What the model-based requirements share in one run: where their peerings are created (the <c>api</c> fixtures'
/// VPCs and accepting tenant; null with other fixtures), the run's budget, and the gate that makes the two model
/// requirements explore one after the other, so that together they never hold more peerings than the budget allows.
/// </summary>
public sealed class ModelRun(ApiFixtureSource? creates, ModelBudget budget) : IDisposable
{
    public ApiFixtureSource? Creates { get; } = creates;

    public ModelBudget Budget { get; } = budget;

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose() => Gate.Dispose();
}
