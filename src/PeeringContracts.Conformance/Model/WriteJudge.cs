using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;

namespace PeeringContracts.Conformance.Model;

/// <summary>Judges the answers to creates and to the writes of the <see cref="TransitionTable"/>, and returns the state
/// the peering is in afterwards: what the answer says happened, whether or not the model allowed it.</summary>
internal sealed class WriteJudge(SequenceState state, TransitionTable table)
{
    private const string SecondLivePeering = "a create while another peering between the same VPCs is live";

    public void Create(PeeringExchange create, string name, string description, bool anotherLive)
    {
        // A 409 may answer a live peering between the same VPCs that another check holds, which the model cannot see:
        // only while one of the sequence's own is live does the model learn and hold the provider's choice.
        if (ModelAnswer.Of(create.StatusCode) != ModelAnswer.Performed && create.StatusCode != 409)
        {
            state.Fail(ModelRules.CreateIsPending, "status 201 (or 409 while another peering between the same VPCs is live)", $"status {create.StatusCode}", create);
        }

        if (anotherLive)
        {
            state.Hold(ModelRules.OneLivePeeringPerPair, SecondLivePeering, create);
        }

        if (ModelAnswer.Of(create.StatusCode) == ModelAnswer.Performed
            && !(JsonBody.TryParseObject(create.Body, out var body) && body.TryGetProperty("peering", out var created)
                 && PeeringView.Shows(created, FixtureId(create) ?? "", new PeeringVersion(ModelState.PendingAcceptance, name, description, TimeSpan.Zero, null))))
        {
            state.Fail(ModelRules.CreateIsPending, $"the created peering with status {PeeringStatus.PendingAcceptance}, name {Expect.Quote(name)}, description {Expect.Quote(description)}",
                "another body", create);
        }
    }

    /// <summary>Judges a write on <paramref name="from"/> (<see cref="ModelState.Deleted"/> for an id never issued) and
    /// returns the state it left.</summary>
    public ModelState Write(ModelStep step, ModelState from, PeeringExchange answer, string? newDescription)
    {
        var outcome = table.For(step.Operation, step.Role, from);
        var observed = ModelAnswer.Of(answer.StatusCode);
        var what = $"{step.Operation.ToString().ToLowerInvariant()} by the {step.Role.Word()} of a peering {(from.IsLive() ? from.StatusWord() : "deleted or never issued")}";
        if (!outcome.Allowed.Contains(observed))
        {
            state.Fail(outcome.Rule, $"{ModelAnswer.OneOf(outcome.Allowed)} to the {what}", $"status {answer.StatusCode}", answer);
        }
        else if (outcome.Allowed.Count > 1)
        {
            state.Hold(outcome.Rule, outcome.Choice ?? $"the {what}", answer);
        }

        var performed = observed == ModelAnswer.Performed;
        if (performed && outcome.Performs is { } promised && !Says(answer, step.Operation, promised, newDescription))
        {
            state.Fail(outcome.Rule, $"an answer with status {promised.StatusWord()}{(newDescription is null ? "" : $" and description {Expect.Quote(newDescription)}")}",
                "another body", answer);
        }

        return !performed || !from.IsLive() ? from : step.Operation switch
        {
            ModelOperation.Accept => ModelState.Active,
            ModelOperation.Reject => ModelState.Rejected,
            ModelOperation.Delete => ModelState.Deleted,
            _ => from,
        };
    }

    public static string? FixtureId(PeeringExchange create) => Fixtures.FixtureSteps.CreatedIdIn(create.Body);

    /// <summary>Whether a performed write's answer says what the model promised: accept and reject answer the peering
    /// at the top level, update inside <c>peering</c>, delete with no body.</summary>
    private static bool Says(PeeringExchange answer, ModelOperation operation, ModelState promised, string? newDescription) => operation switch
    {
        ModelOperation.Accept or ModelOperation.Reject => StateChecks.StatusIn(answer, "status") == promised.StatusWord(),
        ModelOperation.Update => StateChecks.StatusIn(answer, "peering.status") == promised.StatusWord()
            && JsonBody.TryParseObject(answer.Body, out var body) && JsonBody.StringAt(body, "peering.description") == newDescription,
        _ => true,
    };
}
