namespace PeeringContracts.Conformance.Oracles;

/// <summary>
/// Who sent an exchange, for the evidence of a rule every answer must keep: the requirement whose check was running
/// (or the phase of the run around the checks), and whether the check sent it to judge its status itself.
/// Carried by the async flow, so fixtures, reads and cleanup need not pass it along.
/// </summary>
public sealed record ExchangeOrigin(string Sender, string? RequirementId, bool JudgedByCheck)
{
    private static readonly AsyncLocal<ExchangeOrigin?> Flowing = new();

    /// <summary>The origin of what the current async flow sends now.</summary>
    public static ExchangeOrigin Current => Flowing.Value ?? new ExchangeOrigin("the run's start (preflight)", null, JudgedByCheck: false);

    /// <summary>Marks what the rest of the calling async method sends; the caller's own origin is restored when it returns.</summary>
    public static void Enter(ExchangeOrigin origin) => Flowing.Value = origin;

    public static ExchangeOrigin Check(string requirementId) => new($"the check of {requirementId}", requirementId, JudgedByCheck: false);

    public static ExchangeOrigin During(string phase) => new(phase, null, JudgedByCheck: false);

    /// <summary>The same origin, for a request whose answer the check itself judges.</summary>
    public ExchangeOrigin Judged() => this with { JudgedByCheck = true };

    public override string ToString() => JudgedByCheck ? $"{Sender} (the request it judges)" : Sender;
}
