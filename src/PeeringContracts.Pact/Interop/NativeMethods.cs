using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>
/// Every <c>pactffi_*</c> entry point this binding calls, declared once. Strings cross as UTF-8.
/// </summary>
internal static partial class NativeMethods
{
    private const string Library = "pact_ffi";

    /// <summary>The core's version; a static string owned by the library (never freed).</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version();
}
