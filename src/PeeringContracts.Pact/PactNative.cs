using System.Runtime.InteropServices;
using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact;

/// <summary>Facts about the loaded Pact native core.</summary>
public static class PactNative
{
    /// <summary>The version the binding was written against; other versions may differ in signatures.</summary>
    public const string ExpectedVersion = "0.5.8";

    /// <summary>The version string reported by the loaded <c>libpact_ffi</c>.</summary>
    public static string Version =>
        Marshal.PtrToStringUTF8(NativeMethods.Version())
        ?? throw new InvalidOperationException("pactffi_version returned no string.");
}
