using System.Runtime.ExceptionServices;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// The model-based requirements' entries: one explores the provider with generated sequences judged by the rules of
/// one family of the model (REJ-045 the writes, REJ-046 the reads), the other with operations sent at once (REJ-047);
/// each reports what was explored and fails with the shortest failure found and its replay settings. They explore one
/// after the other, so that together they never hold more peerings than the budget allows.
/// </summary>
public static class ModelExploration
{
    public static Task RunAsync(CheckContext context, ModelRuleFamily judged, TransitionTable table) =>
        OneAtATimeAsync(context, async (tenants, creates) =>
        {
            var explorer = new Explorer(context, tenants, creates, table, judged);
            var failure = await explorer.ExploreAsync();
            context.Covered(explorer.Coverage.Describe());
            if (failure is not null)
            {
                throw failure.ToRequirementFailure(context);
            }

            if (explorer.Budget.Problem is { } problem)
            {
                ExceptionDispatchInfo.Throw(problem);
            }
        });

    public static Task RunInParallelAsync(CheckContext context, TransitionTable table) =>
        OneAtATimeAsync(context, (tenants, creates) => new ParallelExploration(context, tenants, creates, table).RunAsync());

    private static async Task OneAtATimeAsync(CheckContext context, Func<ModelTenants, ApiFixtureSource, Task> explore)
    {
        ArgumentNullException.ThrowIfNull(context);
        var creates = context.Model.Creates
            ?? throw new PrerequisiteMissingException("the model creates its own peerings through POST /v2.0/vpc/peerings as the requesting tenant, which needs PEERING_FIXTURES=api.");
        var tenants = new ModelTenants(context.Requester, context.Accepter, context.Outsider);
        await context.Model.Gate.WaitAsync(context.CancellationToken);
        try
        {
            await explore(tenants, creates);
        }
        finally
        {
            context.Model.Gate.Release();
        }
    }
}
