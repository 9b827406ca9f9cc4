using CsCheck;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Drives one model requirement with CsCheck: sequence after sequence, each generated from a seed derived from the
/// run's <c>PEERING_SEED</c> (so a run explores the same sequences again), until the budget is spent; the first failing
/// sequence is then shrunk by CsCheck's sampling of smaller sequences for the rest of the budget. CsCheck runs one
/// sequence at a time (one thread): the sequences share the provider and the budget.
/// </summary>
internal sealed class Explorer(CheckContext context, ModelTenants tenants, ApiFixtureSource creates, TransitionTable table, ModelRuleFamily judged)
{
    /// <summary>How many smaller sequences CsCheck may generate while shrinking; only those it runs cost requests, and
    /// the budget ends the shrinking first.</summary>
    private const long ShrinkSamples = 20_000;

    private readonly Gen<ModelStep[]> sequences = ModelGenerators.Sequence(judged);
    private readonly Dictionary<ModelStep[], (ModelViolationException Violation, IReadOnlyList<string> Journal)> failures = new(ReferenceEqualityComparer.Instance);
    private ModelStep[]? printed;

    public ExplorationBudget Budget { get; } = new(context.Settings.Model.Share());

    public ExplorationCoverage Coverage { get; } = new();

    /// <summary>The shortest failure found, or null when every sequence the budget allowed agreed with the model.</summary>
    public async Task<ShrunkFailure?> ExploreAsync()
    {
        if (Budget.Limits.ReplaySeed is { } replay)
        {
            return await SampleAsync(replay, samples: 1);
        }

        // The sequences' seeds come from one PCG seeded by the run's seed: seeds that differ only in their stream would
        // begin with correlated values.
        var seeds = new PCG((uint)judged + 1, (ulong)(uint)context.Settings.Seed);
        while (Budget.AllowsSequence)
        {
            var seed = new PCG(seeds.Next(), seeds.Next64()).ToString();
            if (await SampleAsync(seed, samples: 1) is { } failure)
            {
                return await SampleAsync(failure.ModelSeed, ShrinkSamples) ?? failure;
            }
        }

        return null;
    }

    private async Task<ShrunkFailure?> SampleAsync(string seed, long samples)
    {
        try
        {
            await sequences.SampleAsync(HoldsAsync, seed: seed, iter: samples, threads: 1, print: Print);
            return null;
        }
        catch (CsCheckException shrunk) when (printed is not null && failures.TryGetValue(printed, out var failure))
        {
            var (replay, shrinks) = CsCheckFailure.Of(shrunk, seed);
            return new ShrunkFailure(failure.Violation, failure.Journal, replay, shrinks);
        }
    }

    /// <summary>Runs one sequence: false when the provider broke a rule of the family judged. A sequence the budget
    /// no longer allows passes unsent; a problem that is no verdict (throttling, a lost connection) ends the exploration
    /// and is rethrown when it ends.</summary>
    private async Task<bool> HoldsAsync(ModelStep[] steps)
    {
        if (!Budget.AllowsSequence)
        {
            return true;
        }

        var run = new SequenceRun(context, tenants, creates, table, Budget, Coverage, judged);
        try
        {
            if (await run.RunAsync(steps) is { } violation)
            {
                failures[steps] = (violation, run.Journal);
                return false;
            }
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            Budget.Stop(problem);
        }

        return true;
    }

    private string Print(ModelStep[] steps)
    {
        printed = steps;
        return string.Join("; ", steps.Select(step => step.ToString()));
    }
}
