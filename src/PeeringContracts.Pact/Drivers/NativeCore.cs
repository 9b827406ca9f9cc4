using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact.Drivers;

/// <summary>Process-wide set-up of the core, done once before its first use.</summary>
internal static class NativeCore
{
    private static readonly Lock Gate = new();
    private static bool initialised;

    public static void EnsureInitialised()
    {
        lock (Gate)
        {
            if (initialised)
            {
                return;
            }

            // Otherwise the core sends usage data from the mock server and the verifier.
            ProcessEnvironment.SetIfMissing("PACT_DO_NOT_TRACK", "true");

            // Info, not Debug: debug lines repeat every request header, credentials included. The logger is
            // process-wide and applies once: a non-zero result means another component applied one first, and the
            // only cost is that mismatch reports carry no core log (they say so).
            _ = NativeMethods.LogToBuffer(LogLevel.Info);
            initialised = true;
        }
    }

    /// <summary>
    /// Empties the buffer kept for work outside any mock server (the verifier's); it would otherwise grow for the
    /// life of the process. The verifier's own output is read separately.
    /// </summary>
    public static void DiscardGlobalLog() => NativeString.ReadOwned(NativeMethods.FetchLogBuffer(null));
}
