using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using CsCheck;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Linearizability with CsCheck's parallel mode: each sample creates one pending peering, sends a few operations on it
/// one after the other, then a few at once from different tenants' threads, and both sides read it after the settle
/// window. The answers and the reads must be those of some sequential order of the model (CsCheck tries every order
/// the threads allow); a failure is shrunk to the fewest operations and reported with its replay seed. Samples run one
/// at a time within the requirement's share of the model budget; each sample's peering is deleted before the next
/// is created, and at the end (404 counts as gone).
/// </summary>
internal sealed class ParallelExploration(CheckContext context, ModelTenants tenants, ApiFixtureSource creates, TransitionTable table)
{
    private const int MaxSequentialOperations = 1;
    private const int MaxParallelOperations = 4;
    private const int MaxThreads = 4;

    /// <summary>Samples CsCheck generates per create of the budget: those beyond the budget, and those no smaller than a
    /// failure found, agree unsent, so the rest are what shrinking can try.</summary>
    private const int SamplesPerCreate = 20;

    /// <summary>How often a sample replayed from its seed is sent again until it fails: a race need not recur at once.</summary>
    private const int Retries = 3;

    private readonly List<ParallelPeering> created = [];
    private readonly Lock createdLock = new();
    private readonly List<string> leftovers = [];
    private readonly ConcurrentDictionary<ParallelPeering, bool> judged = new();
    private int samples;

    public ExplorationBudget Budget { get; } = new(context.Settings.Model.Share());

    public async Task RunAsync()
    {
        var failure = await ExploreAsync();
        await CleanUpAsync();
        context.Covered(string.Create(CultureInfo.InvariantCulture,
            $"{samples} sample(s), {judged.Count} judged, {Budget.Operations} operation(s) of at most {MaxSequentialOperations} in turn and {MaxParallelOperations} at once on {MaxThreads} threads; left over: {(leftovers.Count == 0 ? "nothing" : string.Join(" ", leftovers))}"));
        if (failure is not null)
        {
            throw failure;
        }

        if (Budget.Problem is { } problem)
        {
            ExceptionDispatchInfo.Throw(problem);
        }
    }

    /// <summary>The description every sample's create and update send: an update sent at once with a show may show in
    /// it before its own answer comes, which REJ-042 (the run's names echoed) could not tell from a made-up text.</summary>
    public const string Description = "linearizability sample";

    public ApiRequest CreateRequest() => ApiRequest.Create(new CreatePeeringRequest(
        context.Data.PeeringName(), new VpcInfo(creates.RequesterVpcId), new VpcInfo(creates.AccepterVpcId, creates.AccepterTenantId), Description));

    /// <summary>Sends a request as a role; null when it met a problem that is no verdict, which ends the exploration.</summary>
    public async Task<PeeringExchange?> SendAsync(ApiRequest request, TenantRole role, ParallelPeering sample)
    {
        try
        {
            return await context.SendAsync(request, tenants.For(role));
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            Budget.Stop(problem);
            sample.Lost(problem);
            return null;
        }
    }

    public Task SettleAsync() => Task.Delay(context.Settings.SettleWindow, context.CancellationToken);

    public void Created(ParallelPeering sample)
    {
        lock (createdLock)
        {
            created.Add(sample);
            samples++;
        }
    }

    /// <summary>Deletes the peerings of the samples before, as the requester, then the accepter.</summary>
    public async Task CleanUpAsync()
    {
        List<ParallelPeering> finished;
        lock (createdLock)
        {
            finished = [.. created];
            created.Clear();
        }

        foreach (var id in finished.Select(sample => sample.CreatedId).OfType<string>())
        {
            if (!await DeletedAsync(id, tenants.Requester) && !await DeletedAsync(id, tenants.Accepter))
            {
                leftovers.Add($"peering {id} could not be deleted; remove it by hand.");
            }
        }
    }

    /// <summary>Sample after sample, each from a seed drawn from one PCG seeded by the run's seed (so a run sends the
    /// same samples again), until the budget is spent; the first failing one is then shrunk.</summary>
    private async Task<RequirementFailedException?> ExploreAsync()
    {
        if (Budget.Limits.ReplaySeed is { } replay)
        {
            return (await SampleAsync(replay, samples: 1, retries: Retries))?.Verdict;
        }

        var seeds = new PCG(ModelBudget.Requirements, (ulong)(uint)context.Settings.Seed);
        while (Budget.AllowsSequence)
        {
            if (await SampleAsync(new PCG(seeds.Next(), seeds.Next64()).ToString(), samples: 1, retries: 1) is { } failure)
            {
                return (await SampleAsync(failure.Seed, Budget.Limits.MaxCreates * SamplesPerCreate, Retries))?.Verdict ?? failure.Verdict;
            }
        }

        return null;
    }

    private async Task<(RequirementFailedException Verdict, string Seed)?> SampleAsync(string seed, long samples, int retries)
    {
        var initial = Gen.Const(0).Select(_ => (new ParallelPeering(this), new ParallelModel(table, context.Settings.SettleWindow > TimeSpan.Zero)));
        var operation = ParallelSteps.Any.Operation<ParallelPeering, ParallelModel>(step => step.ToString(), (peering, step) => peering.Send(step), (model, step) => model.Apply(step));
        try
        {
            // CsCheck samples synchronously and waits for its threads: on a thread of its own, not one the thread pool
            // needs for the requests (a blocked pool thread on a 2-core machine starves every request of the run).
            await Task.Factory.StartNew(
                () => initial.SampleParallel([operation], Explained, seed, MaxSequentialOperations, MaxParallelOperations,
                    iter: samples, threads: MaxThreads, printActual: peering => peering.ToString(), printModel: model => model.ToString(),
                    replay: retries, writeLine: _ => { }),
                context.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return null;
        }
        catch (CsCheckException failure)
        {
            var (replay, shrinks) = CsCheckFailure.Of(failure, seed);
            return (new RequirementFailedException(
                $"the answers to operations sent at once on one peering, and both sides' reads after the settle window, as some sequential order of the model gives them, by {ModelRules.Linearizable.Id}",
                $"no sequential order explains them ({shrinks} shrink(s)):\n{failure.Message}\n  replay: {Setting.Seed}={context.Settings.Seed} {Setting.ModelSeed}={replay} dotnet test tests/PeeringContracts.Conformance.Runner --filter \"Name~{context.Requirement.Id}\""), replay);
        }
    }

    /// <summary>CsCheck's equality of the provider and one sequential order of the model; a sample not sent whole
    /// agrees with every order.</summary>
    private bool Explained(ParallelPeering peering, ParallelModel model)
    {
        var reads = peering.Final();
        if (peering.NotJudged is not null)
        {
            return true;
        }

        judged.TryAdd(peering, true);
        return reads.All(read => model.Final(read.Role).Contains(read.Answer)) && ParallelAnswers.Explain(peering.Answers, model.Answers);
    }

    private async Task<bool> DeletedAsync(string id, PeeringApiClient tenant)
    {
        try
        {
            return (await tenant.SendAsync(ApiRequest.Delete(id), context.CancellationToken)).StatusCode is >= 200 and < 300 or 404;
        }
        catch (PeeringTransportException)
        {
            return false;
        }
    }
}
