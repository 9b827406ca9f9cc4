using System.Diagnostics;
using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// What the model knows during one sequence: the peerings it created, the choices it learned, the journal and the
/// sequence's clock. Each requirement judges its own family of rules: a broken rule of the other family is let pass,
/// and the model then follows what the provider answered (a write it did not expect to succeed changed the peering).
/// </summary>
internal sealed class SequenceState(ModelRuleFamily judged)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public List<ModelPeering> Peerings { get; } = [];

    public ModelChoices Choices { get; } = new();

    public SequenceJournal Journal { get; } = new();

    public ModelRuleFamily Judged { get; } = judged;

    public TimeSpan Now => clock.Elapsed;

    /// <summary>How many of its peerings are <c>PENDING_ACCEPTANCE</c> or <c>ACTIVE</c> (live, for one live peering per VPC pair).</summary>
    public int Live => Peerings.Count(peering => peering.Current.State is ModelState.PendingAcceptance or ModelState.Active);

    /// <summary>How many of its peerings exist (for <c>PEERING_MODEL_MAX_ALIVE</c>).</summary>
    public int Existing => Peerings.Count(peering => peering.Current.State != ModelState.Deleted);

    /// <summary>Throws when <paramref name="rule"/> is of the family judged; returns otherwise.</summary>
    public void Fail(ModelRule rule, string expected, string actual, PeeringExchange? exchange)
    {
        if (rule.Family == Judged)
        {
            throw new ModelViolationException(rule, expected, actual, exchange);
        }
    }

    /// <summary>Holds the provider to its first answer to <paramref name="question"/>.</summary>
    public void Hold(ModelRule rule, string question, PeeringExchange exchange)
    {
        var answer = ModelAnswer.Of(exchange.StatusCode);
        if (Choices.Hold(question, answer, Journal.Lines.Count) is { } earlier)
        {
            Fail(rule, $"{earlier} (the provider's choice)", $"status {exchange.StatusCode}", exchange);
        }
    }
}
