using System.Diagnostics;

namespace PeeringContracts.Conformance.Model;

/// <summary>What one model requirement has spent of its share of the run's budget, and the first problem that ended
/// its exploration early (a throttled or lost request), to be rethrown when it ends.</summary>
internal sealed class ExplorationBudget(ModelBudget limits)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock counting = new();

    public ModelBudget Limits { get; } = limits;

    public int Operations { get; private set; }

    public int Creates { get; private set; }

    public Exception? Problem { get; private set; }

    /// <summary>Whether no further operation may be sent.</summary>
    public bool Spent => Problem is not null || Operations >= Limits.MaxOperations || clock.Elapsed >= Limits.Time;

    /// <summary>Whether a new sequence may begin: it begins with a create.</summary>
    public bool AllowsSequence => !Spent && Creates < Limits.MaxCreates;

    /// <summary>Why a create cannot be sent now (null: it can).</summary>
    public string? RefusesCreate(int alive) =>
        Creates >= Limits.MaxCreates ? $"PEERING_MODEL_MAX_CREATES: {Creates} of {Limits.MaxCreates} created"
        : alive >= Limits.MaxAlive ? $"PEERING_MODEL_MAX_ALIVE: {alive} alive"
        : null;

    public void Operation(bool create)
    {
        lock (counting)
        {
            Operations++;
            if (create)
            {
                Creates++;
            }
        }
    }

    /// <summary>Counts one operation (a create, if <paramref name="create"/>) when the budget still allows it; safe
    /// from the threads of a parallel sample.</summary>
    public bool Take(bool create)
    {
        lock (counting)
        {
            if (Spent || (create && Creates >= Limits.MaxCreates))
            {
                return false;
            }

            Operation(create);
            return true;
        }
    }

    public void Stop(Exception problem) => Problem ??= problem;
}
