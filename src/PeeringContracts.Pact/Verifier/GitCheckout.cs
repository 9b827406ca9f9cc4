using System.ComponentModel;
using System.Diagnostics;

namespace PeeringContracts.Pact.Verifier;

/// <summary>Facts of the git checkout the process runs in; null when git or a checkout is missing.</summary>
internal static class GitCheckout
{
    public static string? Commit() => Run("rev-parse", "HEAD");

    /// <summary>The checked-out branch; null on a detached HEAD.</summary>
    public static string? Branch() => Run("rev-parse", "--abbrev-ref", "HEAD") is { } branch and not "HEAD" ? branch : null;

    private static string? Run(params string[] arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
