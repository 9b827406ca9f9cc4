using System.Globalization;

namespace PeeringContracts.Conformance.Model;

/// <summary>What a model requirement explored: its sequences, the operations by kind and tenant, the states its
/// peerings reached, the transitions performed and the refusals met; the report shows it.</summary>
internal sealed class ExplorationCoverage
{
    private readonly SortedDictionary<string, int> operations = new(StringComparer.Ordinal);
    private readonly SortedSet<ModelState> reached = [];
    private readonly SortedSet<string> transitions = new(StringComparer.Ordinal);
    private readonly SortedSet<string> refusals = new(StringComparer.Ordinal);
    private readonly List<string> leftovers = [];
    private int sequences;

    public void Sequence() => sequences++;

    public void Sent(ModelOperation operation, TenantRole role)
    {
        var key = $"{operation.ToString().ToLowerInvariant()} by the {role.Word()}";
        operations[key] = operations.GetValueOrDefault(key) + 1;
    }

    public void Reached(ModelState state) => reached.Add(state);

    public void Performed(ModelOperation operation, ModelState from, ModelState to) =>
        transitions.Add($"{operation.ToString().ToLowerInvariant()}: {Name(from)} → {Name(to)}");

    public void Refused(ModelOperation operation, TenantRole role, ModelState state, int status) =>
        refusals.Add(string.Create(CultureInfo.InvariantCulture, $"{operation.ToString().ToLowerInvariant()} by the {role.Word()} of {Name(state)}: {status}"));

    public void LeftOver(string problem) => leftovers.Add(problem);

    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{sequences} sequence(s), {operations.Values.Sum()} operation(s): ")
        + string.Join(", ", operations.Select(entry => $"{entry.Key} {entry.Value}"))
        + $"; states reached: {string.Join(", ", reached.Select(Name))}"
        + $"; transitions: {(transitions.Count == 0 ? "none" : string.Join(", ", transitions))}"
        + $"; refusals: {(refusals.Count == 0 ? "none" : string.Join(", ", refusals))}"
        + $"; left over: {(leftovers.Count == 0 ? "nothing" : string.Join(" ", leftovers))}";

    private static string Name(ModelState state) => state.IsLive() ? state.StatusWord()! : state == ModelState.Deleted ? "deleted (or never issued)" : "not created";
}
