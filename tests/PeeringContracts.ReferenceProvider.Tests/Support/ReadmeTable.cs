using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>The rows of a table in the provider's README, found by the heading of its section.</summary>
public static class ReadmeTable
{
    /// <summary>The cells of every row that starts with a code-quoted name (<c>| `name` | ...</c>) between
    /// <c>## {heading}</c> and the next <c>## </c> heading.</summary>
    public static List<string[]> Rows(string heading)
    {
        var readme = Path.Combine(RepositoryRoot.Path, "src", "PeeringContracts.ReferenceProvider", "README.md");
        return [.. File.ReadLines(readme)
            .SkipWhile(line => line != $"## {heading}")
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())];
    }
}
