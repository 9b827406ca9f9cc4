using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>
/// Sets variables in the native process environment, which the core reads. On Unix .NET keeps its own copy of the
/// environment, so <see cref="Environment.SetEnvironmentVariable(string, string)"/> alone is invisible to native code.
/// </summary>
internal static partial class ProcessEnvironment
{
    public static void SetIfMissing(string name, string value)
    {
        if (Environment.GetEnvironmentVariable(name) is not null)
        {
            return;
        }

        Environment.SetEnvironmentVariable(name, value);
        if (!OperatingSystem.IsWindows() && SetEnv(name, value, overwrite: 0) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
