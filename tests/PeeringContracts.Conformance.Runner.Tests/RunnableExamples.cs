using System.Text.RegularExpressions;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>The shell blocks of README.md and docs/ marked <c>&lt;!-- runnable --&gt;</c> on the line before them.</summary>
public static partial class RunnableExamples
{
    public static IEnumerable<RunnableExample> All()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(RepositoryRoot.Path, "README.md"));
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(page);
            foreach (Match block in MarkedBlock().Matches(text))
            {
                var line = text[..block.Index].Count(character => character == '\n') + 1;
                yield return RunnableExample.Parse($"{Path.GetRelativePath(RepositoryRoot.Path, page)}:{line}", block.Groups["script"].Value);
            }
        }
    }

    [GeneratedRegex("^<!-- runnable -->\n```bash\n(?<script>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
