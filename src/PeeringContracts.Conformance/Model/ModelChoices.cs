namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Where the documentation allows alternatives (403 or 404, 400 or 409, a second reject refused or idempotent, one
/// live peering per VPC pair, update offered or not), the first answer of a sequence is the provider's choice, and
/// every later answer to the same question must make the same one.
/// </summary>
internal sealed class ModelChoices
{
    private readonly Dictionary<string, (string Answer, int Step)> learned = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="answer"/> agrees with the choice learned for <paramref name="question"/> (or is
    /// its first answer, now learned); else what the earlier answer requires.</summary>
    public string? Hold(string question, string answer, int step)
    {
        if (!learned.TryGetValue(question, out var first))
        {
            learned[question] = (answer, step);
            return null;
        }

        return first.Answer == answer ? null : $"status {first.Answer}, as step {first.Step} answered {question}";
    }
}
