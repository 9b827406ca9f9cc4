using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact.Drivers;

/// <summary>Process-wide set-up of the core, done once before its first use.</summary>
internal static class NativeCore
{
    private static readonly Lazy<bool> LogBufferApplied = new(Initialise);

    /// <summary>True when the core keeps its log in memory, so a failure can show it.</summary>
    public static bool EnsureInitialised() => LogBufferApplied.Value;

    /// <summary>
    /// Empties the buffer kept for work outside any mock server (the verifier's); it would otherwise grow for the
    /// life of the process. The verifier's own output is read separately.
    /// </summary>
    public static void DiscardGlobalLog() => NativeString.ReadOwned(NativeMethods.FetchLogBuffer(null));

    private static bool Initialise()
    {
        // Otherwise the core sends usage data from the mock server and the verifier.
        ProcessEnvironment.SetIfMissing("PACT_DO_NOT_TRACK", "true");

        // Info, not Debug: debug lines repeat every request header, credentials included. The logger is process-wide
        // and can be applied once; a failure means another component applied one first, which costs only the log
        // attached to failures.
        return NativeMethods.LogToBuffer(LogLevel.Info) == 0;
    }
}
