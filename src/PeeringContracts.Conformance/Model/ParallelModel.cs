using System.Globalization;
using System.Text;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// The model's side of a linearizability sample: one peering, created pending, and the answers the model allows each
/// operation in the order CsCheck runs them. A show may answer any state the peering has had so far while reads may
/// lag (a settle window above 0: a read never shows the future), only the current one otherwise.
/// The table's alternatives (403 or 404, an idempotent second reject) are each allowed; every "either" outcome of the
/// documented table leaves the state as it was, so one sequential order has one model state.
/// </summary>
internal sealed class ParallelModel(TransitionTable table, bool readsMayLag)
{
    private readonly List<ModelState> history = readsMayLag ? [ModelState.Deleted, ModelState.PendingAcceptance] : [ModelState.PendingAcceptance];

    public ModelState State { get; private set; } = ModelState.PendingAcceptance;

    public List<(string Step, IReadOnlyList<string> Allowed)> Answers { get; } = [];

    public void Apply(ParallelStep step)
    {
        if (step.Operation == ModelOperation.Show)
        {
            Answers.Add((step.ToString(), ShowAnswers(step.Role, readsMayLag ? history : [State])));
            return;
        }

        var outcome = table.For(step.Operation, step.Role, State);
        Answers.Add((step.ToString(), outcome.Allowed));
        if (outcome.Performs is { } to && outcome.Refusals.Count == 0)
        {
            State = to;
            history.Add(to);
        }
    }

    /// <summary>What a show may answer after the settle window: the peering as the model has it now.</summary>
    public IReadOnlyList<string> Final(TenantRole role) => ShowAnswers(role, [State]);

    /// <summary>A show's answers (M-20 to M-22): a party sees a live peering's status; a deleted one is 404 or shown
    /// <c>DELETED</c>; an outsider is refused.</summary>
    public static IReadOnlyList<string> ShowAnswers(TenantRole role, IEnumerable<ModelState> states) =>
        role == TenantRole.Outsider
            ? ["403", "404"]
            : [.. states.SelectMany(state => state.IsLive() ? [Shown(state)] : new[] { "404", Shown(ModelState.Deleted) }).Distinct()];

    public static string Shown(ModelState state) => $"{ModelAnswer.Performed} {state.StatusWord()}";

    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"ends {State.StatusWord()}; allows ");
        return text.AppendJoin("; ", Answers.Select(answer => $"{answer.Step}: {string.Join(" or ", answer.Allowed)}")).ToString();
    }
}
