using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>The core's process-wide logger.</summary>
internal static partial class NativeMethods
{
    /// <summary>0 ok; negative when a logger was already applied in this process.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_log_to_buffer")]
    internal static partial int LogToBuffer(LogLevel level);

    /// <summary>The buffer kept under <paramref name="logId"/> ("global" when NULL); free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_fetch_log_buffer", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr FetchLogBuffer(string? logId);
}
