using System.Text.Json.Nodes;
using PeeringContracts.Pact.Reports;

namespace PeeringContracts.Pact.Verifier;

/// <summary>One interaction the provider did not honour, and why (one sentence per problem).</summary>
public sealed record InteractionFailure(string Consumer, string Description, IReadOnlyList<string> ProviderStates, bool Pending, IReadOnlyList<string> Problems)
{
    public override string ToString()
    {
        var given = ProviderStates.Count == 0 ? "" : $" given {string.Join(" and ", ProviderStates.Select(state => $"'{state}'"))}";
        var pending = Pending ? " [pending: does not fail the run]" : "";
        return string.Join(
            Environment.NewLine,
            Problems.Select(problem => $"    {problem}").Prepend($"  - '{Description}'{given} (consumer {Consumer}){pending}:"));
    }

    internal static InteractionFailure Parse(JsonObject result)
    {
        var mismatch = result["mismatch"] as JsonObject;
        List<string> problems = mismatch?["mismatches"] is JsonArray mismatches
            ? [.. mismatches.OfType<JsonObject>().Select(MismatchDescription.Describe)]
            : [mismatch is null ? "failed without a reason" : MismatchDescription.Describe(mismatch)];
        return new InteractionFailure(
            JsonText.Of(result["consumer"]),
            JsonText.Of(result["description"]),
            [.. (result["providerStates"]?.AsArray() ?? []).Select(JsonText.Of)],
            result["pending"]?.GetValue<bool>() ?? false,
            problems);
    }
}
