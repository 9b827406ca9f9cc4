namespace PeeringContracts.TestSupport;

/// <summary>
/// The repository checkout, found by walking up from the test assembly to <c>PeeringContracts.sln</c>: tests read the
/// schemas, the documentation and the pacts.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The checkout, or null when the test binaries run outside one.</summary>
    public static string? Located { get; } = Find();

    public static string Path => Located
        ?? throw new InvalidOperationException($"no PeeringContracts.sln above {AppContext.BaseDirectory}: this test reads files of the repository checkout.");

    /// <summary>Where the committed consumer contracts live.</summary>
    public static string Pacts => System.IO.Path.Combine(Path, "pacts");

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PeeringContracts.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
