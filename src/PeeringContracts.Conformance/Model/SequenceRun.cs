using System.Globalization;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Runs one generated sequence against the provider, each answer judged by the model as it comes; then, after the
/// settle window, every peering the sequence created is read again by every tenant, shown and listed under every status
/// filter (by both sides and in the whole list only, for the writes' requirement), and everything it created is
/// deleted (404 counts as gone).
/// </summary>
internal sealed class SequenceRun(CheckContext context, ModelTenants tenants, ApiFixtureSource creates, TransitionTable table,
    ExplorationBudget budget, ExplorationCoverage coverage, ModelRuleFamily judged)
{
    private readonly SequenceState state = new(judged);

    public IReadOnlyList<string> Journal => state.Journal.Lines;

    /// <summary>The model's verdict: null when every answer agreed with it.</summary>
    public async Task<ModelViolationException?> RunAsync(IReadOnlyList<ModelStep> steps)
    {
        coverage.Sequence();
        try
        {
            foreach (var step in steps)
            {
                if (budget.Spent)
                {
                    break;
                }

                await StepAsync(step);
            }

            await ReadEverythingAgainAsync();
            return null;
        }
        catch (ModelViolationException violation)
        {
            return violation;
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    private async Task StepAsync(ModelStep step)
    {
        switch (step.Operation)
        {
            case ModelOperation.Create:
                await CreateAsync(step);
                break;
            case ModelOperation.Show:
                var (shown, shownId) = Target(step);
                var (show, sent, received) = await SendAsync(step, ApiRequest.Show(shownId), $"show of {Label(shown)} by the {step.Role.Word()}");
                new ReadJudge(state, context.Settings.SettleWindow).Show(shown, step.Role, show, sent, received);
                break;
            case ModelOperation.List:
                budget.Operation(create: false);
                coverage.Sent(step.Operation, step.Role);
                var listing = await ModelListing.ReadAsync(context, tenants.For(step.Role), step.StatusFilter, () => state.Now);
                state.Journal.Sent($"list{(step.StatusFilter is null ? "" : $" filtered by status={step.StatusFilter}")} by the {step.Role.Word()}", listing.Last);
                new ReadJudge(state, context.Settings.SettleWindow).List(state.Peerings, step.Role, step.StatusFilter, listing);
                break;
            default:
                await WriteAsync(step);
                break;
        }
    }

    private async Task CreateAsync(ModelStep step)
    {
        if (budget.RefusesCreate(state.Existing) is { } why)
        {
            state.Journal.Skipped("create by the requester", why);
            return;
        }

        var name = context.Data.PeeringName();
        var description = string.Create(CultureInfo.InvariantCulture, $"model peering {state.Peerings.Count + 1}");
        var request = ApiRequest.Create(new CreatePeeringRequest(
            name, new VpcInfo(creates.RequesterVpcId), new VpcInfo(creates.AccepterVpcId, creates.AccepterTenantId), description));
        var anotherLive = state.Live > 0;
        var (create, sent, received) = await SendAsync(step, request, $"create of #{state.Peerings.Count + 1} by the requester", create: true);
        if (WriteJudge.FixtureId(create) is { } id && create.StatusCode is >= 200 and < 300)
        {
            state.Peerings.Add(new ModelPeering(state.Peerings.Count + 1, id, name, description, sent, received));
            coverage.Reached(ModelState.PendingAcceptance);
        }

        new WriteJudge(state, table).Create(create, name, description, anotherLive);
    }

    private async Task WriteAsync(ModelStep step)
    {
        var (peering, id) = Target(step);
        var newDescription = step.Operation == ModelOperation.Update
            ? string.Create(CultureInfo.InvariantCulture, $"updated at step {state.Journal.Next}")
            : null;
        var request = step.Operation switch
        {
            ModelOperation.Accept => ApiRequest.Accept(id),
            ModelOperation.Reject => ApiRequest.Reject(id),
            ModelOperation.Delete => ApiRequest.Delete(id),
            _ => ApiRequest.Update(id, new UpdatePeeringRequest(Description: newDescription)),
        };
        var from = peering?.Current.State ?? ModelState.Deleted;
        var (answer, sent, received) = await SendAsync(step, request, $"{step.Operation.ToString().ToLowerInvariant()} of {Label(peering)} by the {step.Role.Word()}");
        var to = new WriteJudge(state, table).Write(step, from, answer, newDescription);
        if (answer.StatusCode is >= 200 and < 300)
        {
            coverage.Performed(step.Operation, from, to);
            if (peering is not null)
            {
                peering.Become(to, newDescription ?? peering.Current.Description, sent, received);
                coverage.Reached(to);
            }
        }
        else
        {
            coverage.Refused(step.Operation, step.Role, from, answer.StatusCode);
        }
    }

    private async Task ReadEverythingAgainAsync()
    {
        await Task.Delay(context.Settings.SettleWindow, context.CancellationToken);
        var finalRule = judged == ModelRuleFamily.Writes ? ModelRules.StateAfterTheWindow : null;
        var roles = judged == ModelRuleFamily.Writes ? [TenantRole.Requester, TenantRole.Accepter] : Enum.GetValues<TenantRole>();
        var judge = new ReadJudge(state, TimeSpan.Zero);
        foreach (var peering in state.Peerings)
        {
            foreach (var role in roles)
            {
                var sent = state.Now;
                var show = await context.SendAsync(ApiRequest.Show(peering.Id), tenants.For(role));
                state.Journal.Sent($"after the settle window: show of {peering.Label} by the {role.Word()}", show);
                judge.Show(peering, role, show, sent, state.Now, role.IsParty() ? finalRule : null);
            }
        }

        // The reads' requirement lists under every documented status filter too, the writes' one the whole list.
        string?[] filters = judged == ModelRuleFamily.Writes ? [null] : ModelGenerators.StatusFilters;
        foreach (var (role, status) in state.Peerings.Count == 0 ? [] : roles.SelectMany(role => filters.Select(status => (role, status))))
        {
            var listing = await ModelListing.ReadAsync(context, tenants.For(role), status, () => state.Now);
            state.Journal.Sent($"after the settle window: list{(status is null ? "" : $" filtered by status={status}")} by the {role.Word()}", listing.Last);
            judge.List(state.Peerings, role, status, listing, role.IsParty() ? finalRule : null);
        }
    }

    /// <summary>Deletes every peering the sequence created that may still exist, as the requester, then the accepter.</summary>
    private async Task CleanUpAsync()
    {
        foreach (var peering in state.Peerings.Where(peering => peering.Current.State != ModelState.Deleted))
        {
            string? problem = null;
            foreach (var tenant in new[] { tenants.Requester, tenants.Accepter })
            {
                try
                {
                    var exchange = await tenant.SendAsync(ApiRequest.Delete(peering.Id), context.CancellationToken);
                    problem = exchange.StatusCode is >= 200 and < 300 or 404 ? null : $"DELETE answered {exchange.StatusCode}";
                }
                catch (PeeringTransportException lost)
                {
                    problem = lost.Message;
                }

                if (problem is null)
                {
                    break;
                }
            }

            if (problem is not null)
            {
                coverage.LeftOver($"peering {peering.Id} could not be deleted ({problem}); remove it by hand.");
            }
        }
    }

    private async Task<(PeeringExchange Answer, TimeSpan Sent, TimeSpan Received)> SendAsync(ModelStep step, ApiRequest request, string what, bool create = false)
    {
        budget.Operation(create);
        coverage.Sent(step.Operation, step.Role);
        var sent = state.Now;
        var answer = await context.SendAsync(request, tenants.For(step.Role));
        var received = state.Now;
        state.Journal.Sent(what, answer);
        return (answer, sent, received);
    }

    /// <summary>The peering a step acts on (null: an id never issued) and the id it sends.</summary>
    private (ModelPeering? Peering, string Id) Target(ModelStep step) =>
        step.Target == ModelStep.UnknownTarget || state.Peerings.Count == 0
            ? (null, context.Data.UnknownPeeringId())
            : (state.Peerings[step.Target % state.Peerings.Count], state.Peerings[step.Target % state.Peerings.Count].Id);

    private static string Label(ModelPeering? peering) => peering?.Label ?? "an id never issued";
}
