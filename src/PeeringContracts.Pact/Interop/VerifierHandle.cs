using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>A <c>VerifierHandle*</c>; shut down exactly once, even when the caller forgets to dispose.</summary>
internal sealed class VerifierHandle : SafeHandle
{
    public VerifierHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.VerifierShutdown(handle);
        return true;
    }
}
