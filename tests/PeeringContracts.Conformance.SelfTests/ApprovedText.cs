using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Text pinned in a file beside the tests, as Shouldly pins its messages: <c>Approved/&lt;name&gt;.txt</c> holds the
/// text a reader is meant to see, and a change to it shows as a diff to review. With <c>APPROVE_MESSAGES=true</c> the
/// received text is written to the file instead, to be reviewed in the diff of the commit.
/// </summary>
internal static class ApprovedText
{
    public const string ApproveVariable = "APPROVE_MESSAGES";

    private const string Folder = "tests/PeeringContracts.Conformance.SelfTests/Approved";

    public static void ShouldMatchApproved(this string received, string name)
    {
        var relative = $"{Folder}/{name}.txt";
        var path = Path.Combine(RepositoryRoot.Path, relative);
        var text = Normalized(received);
        if (string.Equals(Environment.GetEnvironmentVariable(ApproveVariable), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(path, text);
            return;
        }

        var approved = File.Exists(path) ? Normalized(File.ReadAllText(path)) : null;
        if (approved != text)
        {
            throw new ShouldAssertException(
                (approved is null ? $"{relative} does not exist yet; received:\n{text}" : $"{relative} differs from the received text\n{LineDiff.Of(approved, text)}")
                + $"\nIf the received text is right, approve it: run these tests again with {ApproveVariable}=true and review the file's diff before committing.");
        }
    }

    /// <summary>Line ends as <c>\n</c>, and one at the end, as editors and git may leave a file.</summary>
    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
