using System.Text.Json.Nodes;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Reports;

namespace PeeringContracts.Pact.Verifier;

/// <summary>The outcome of a provider verification, with one readable failure per interaction.</summary>
public sealed class VerificationResult
{
    private VerificationResult(bool passed, IReadOnlyList<string> verified, IReadOnlyList<InteractionFailure> failures, string output)
    {
        Passed = passed;
        Verified = verified;
        Failures = failures;
        Output = output;
    }

    public bool Passed { get; }

    /// <summary>The description of every interaction the verifier replayed, passed or failed.</summary>
    public IReadOnlyList<string> Verified { get; }

    public IReadOnlyList<InteractionFailure> Failures { get; }

    /// <summary>The verifier's console output (no ANSI colours).</summary>
    public string Output { get; }

    /// <summary>Throws a <see cref="PactVerificationFailedException"/> naming every failed interaction.</summary>
    public void EnsurePassed()
    {
        if (!Passed)
        {
            throw new PactVerificationFailedException(this);
        }
    }

    public override string ToString()
    {
        var failed = Failures.Count(failure => !failure.Pending);
        var headline = failed == 0
            ? $"The provider honours the pact ({Failures.Count} pending interaction(s) failed without failing the run)."
            : $"The provider does not honour the pact: {failed} interaction(s) failed.";
        return string.Join(Environment.NewLine, Failures.Select(failure => failure.ToString()).Prepend(headline));
    }

    internal static VerificationResult Parse(bool passed, string json, string output)
    {
        var results = ((JsonNode.Parse(json) as JsonObject)?["interactionResults"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        var verified = results.Select(result => JsonText.Of(result["description"])).ToList();
        var failures = results.Where(result => result["mismatch"] is not null).Select(InteractionFailure.Parse).ToList();
        return new VerificationResult(passed, verified, failures, output);
    }
}
