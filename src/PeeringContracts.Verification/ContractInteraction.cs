using System.Text.RegularExpressions;
using PeeringContracts.Pact.Verifier;
using System.Text.Json.Nodes;

namespace PeeringContracts.Verification;

/// <summary>One interaction of a committed pact file: what the verifier replays and reports it by.</summary>
public sealed record ContractInteraction(string PactFile, string Description, IReadOnlyList<string> ProviderStates, IReadOnlyList<string> StateValues)
{
    /// <summary>Every interaction of every pact file in <paramref name="pactsDirectory"/>, in file order.</summary>
    public static IReadOnlyList<ContractInteraction> InFolder(string pactsDirectory) =>
        Directory.GetFiles(pactsDirectory, "*.json").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    /// <summary>
    /// The interactions the verifier replayed from a broker's pacts, known only by what the result says of them: the
    /// description, and the provider states of those that failed.
    /// </summary>
    public static IReadOnlyList<ContractInteraction> ReplayedFromBroker(VerificationResult result) => result.Verified
        .Distinct(StringComparer.Ordinal)
        .Select(description => new ContractInteraction(
            "broker",
            description,
            result.Failures.FirstOrDefault(failure => failure.Description == description)?.ProviderStates ?? [],
            []))
        .ToList();

    public string Given => ProviderStates.Count == 0 ? "no provider state" : string.Join(" and ", ProviderStates.Select(state => $"'{state}'"));

    private static IEnumerable<ContractInteraction> Read(string pactFile)
    {
        var pact = JsonNode.Parse(File.ReadAllText(pactFile))!;
        foreach (var interaction in pact["interactions"]!.AsArray().OfType<JsonObject>())
        {
            var states = (interaction["providerStates"]?.AsArray() ?? []).Select(state => state!["name"]!.GetValue<string>()).ToList();
            yield return new ContractInteraction(Path.GetFileName(pactFile), interaction["description"]!.GetValue<string>(), states, StateValuesUsedBy(interaction));
        }
    }

    /// <summary>The provider-state values (<c>${name}</c>) the interaction's request generators ask for.</summary>
    private static List<string> StateValuesUsedBy(JsonObject interaction) =>
        Regex.Matches(interaction["request"]?["generators"]?.ToJsonString() ?? "", @"\$\{(\w+)\}")
            .Select(match => match.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
