namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Whether the answers a provider gave to operations sent at once can be explained by one sequential order: each
/// observed answer is matched to a distinct operation of the same name whose answer, in that order, the model allows.
/// </summary>
internal static class ParallelAnswers
{
    public static bool Explain(IReadOnlyList<(string Step, string Answer)> observed, IReadOnlyList<(string Step, IReadOnlyList<string> Allowed)> linearized) =>
        observed.Count == linearized.Count && Match(observed, 0, linearized, new bool[linearized.Count]);

    private static bool Match(IReadOnlyList<(string Step, string Answer)> observed, int next, IReadOnlyList<(string Step, IReadOnlyList<string> Allowed)> linearized, bool[] used)
    {
        if (next == observed.Count)
        {
            return true;
        }

        for (var candidate = 0; candidate < linearized.Count; candidate++)
        {
            if (used[candidate] || linearized[candidate].Step != observed[next].Step || !linearized[candidate].Allowed.Contains(observed[next].Answer))
            {
                continue;
            }

            used[candidate] = true;
            if (Match(observed, next + 1, linearized, used))
            {
                return true;
            }

            used[candidate] = false;
        }

        return false;
    }
}
