namespace PeeringContracts.TestSupport;

/// <summary>
/// The repository checkout, found by walking up from the test assembly to <c>PeeringContracts.sln</c>. Compiled into
/// the consumer tests (which write the contract) and, linked, into the Pact binding tests (which verify it).
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Where the committed consumer contracts live.</summary>
    public static string Pacts => System.IO.Path.Combine(Path, "pacts");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PeeringContracts.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no PeeringContracts.sln above {AppContext.BaseDirectory}: the contract lives in the repository's pacts/ folder.");
    }
}
