using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>
/// Every <c>pactffi_*</c> entry point this binding calls, declared once (this file and its partial siblings).
/// Strings cross as UTF-8; C <c>bool</c> is one byte; C <c>unsigned long</c> is <see cref="CULong"/> (64-bit on Linux).
/// </summary>
internal static partial class NativeMethods
{
    private const string Library = "pact_ffi";

    /// <summary>The core's version; a static string owned by the library (never freed).</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version();

    /// <summary>Frees a string the core allocated and handed over (log buffers, verifier JSON and output).</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);
}
