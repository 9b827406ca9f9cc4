using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>The rows of a table in the provider's README, found by the heading of its section.</summary>
public static class ReadmeTable
{
    /// <summary>Every row that starts with a code-quoted name (<c>| `name` | ...</c>) between <c>## {heading}</c> and
    /// the next <c>## </c> heading, as written.</summary>
    public static List<string> Lines(string heading)
    {
        var readme = Path.Combine(RepositoryRoot.Path, "src", "PeeringContracts.ReferenceProvider", "README.md");
        return [.. File.ReadLines(readme)
            .SkipWhile(line => line != $"## {heading}")
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Trim())];
    }

    /// <summary>The README row a catalogue entry generates: its code-quoted name, then its cells.</summary>
    public static string Row(string name, params string[] cells) => $"| `{name}` | {string.Join(" | ", cells)} |";

    /// <summary>Requires the README table to be exactly the generated rows; the failure shows the rows to paste.</summary>
    public static void ShouldMatch(string heading, IReadOnlyList<string> generated) =>
        Lines(heading).ShouldBe(generated,
            $"the README table under '## {heading}' must be generated from the catalogue; paste these rows:\n{string.Join('\n', generated)}\n");
}
