using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>Reads the UTF-8 strings the core returns, freeing the ones it hands over.</summary>
internal static class NativeString
{
    /// <summary>A string the core keeps owning (static, or freed with the object it belongs to).</summary>
    public static string? ReadBorrowed(IntPtr value) => Marshal.PtrToStringUTF8(value);

    /// <summary>A string the core hands over: read, then freed with <c>pactffi_string_delete</c>.</summary>
    public static string? ReadOwned(IntPtr value)
    {
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            NativeMethods.StringDelete(value);
        }
    }
}
