using System.Runtime.ExceptionServices;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// The model-based requirements' one entry: explores the provider with generated sequences judged by the rules of one
/// family of the model (REJ-045 the writes, REJ-046 the reads), reports what was explored, and fails with
/// the shortest failing sequence found and its replay settings.
/// </summary>
public static class ModelExploration
{
    public static async Task RunAsync(CheckContext context, ModelRuleFamily judged, TransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        var creates = context.Model.Creates
            ?? throw new PrerequisiteMissingException("the model creates its own peerings through POST /v2.0/vpc/peerings as the requesting tenant, which needs PEERING_FIXTURES=api.");
        var tenants = new ModelTenants(context.Requester, context.Accepter, context.Outsider);
        await context.Model.Gate.WaitAsync(context.CancellationToken);
        try
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
        }
        finally
        {
            context.Model.Gate.Release();
        }
    }
}
