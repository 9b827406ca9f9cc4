namespace PeeringContracts.Conformance.Model;

/// <summary>
/// What the model expects of one write by one role in one state: performed (2xx, the peering then in
/// <see cref="Performs"/>), refused with one of <see cref="Refusals"/> and nothing changed, or either where the
/// documentation allows both. Where more than one answer is allowed, the provider's first answer is its choice, held
/// for the rest of the sequence under <see cref="Choice"/> (null: one choice per operation, role and state).
/// </summary>
public sealed record WriteOutcome(ModelRule Rule, ModelState? Performs, IReadOnlyList<int> Refusals, string? Choice = null)
{
    public static WriteOutcome Perform(ModelRule rule, ModelState to) => new(rule, to, []);

    public static WriteOutcome Refuse(ModelRule rule, params int[] codes) => new(rule, null, codes);

    public static WriteOutcome Either(ModelRule rule, ModelState to, params int[] codes) => new(rule, to, codes);

    /// <summary>The answers allowed, as the journal and the evidence name them: "2xx" and each refusal's code.</summary>
    public IReadOnlyList<string> Allowed => [.. Performs is null ? Array.Empty<string>() : [ModelAnswer.Performed], .. Refusals.Select(ModelAnswer.Word)];
}
