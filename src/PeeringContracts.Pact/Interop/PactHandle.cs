using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>A <c>PactHandle</c> (uint16, 0 is never issued); freed exactly once, even when the caller forgets to dispose.</summary>
internal sealed class PactHandle : SafeHandle
{
    public PactHandle(ushort value)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(value);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public ushort Value => (ushort)handle;

    protected override bool ReleaseHandle()
    {
        // 0 freed; 1 the core no longer knows the handle, so nothing is left to free.
        return NativeMethods.FreePactHandle(Value) is 0 or 1;
    }
}
