using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>A running mock server, known to the core by its port; shut down exactly once, even when the caller forgets.</summary>
internal sealed class MockServerHandle : SafeHandle
{
    public MockServerHandle(int port)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(port);
    }

    public override bool IsInvalid => handle <= IntPtr.Zero;

    public int Port => (int)handle;

    protected override bool ReleaseHandle() => NativeMethods.CleanupMockServer(Port);
}
