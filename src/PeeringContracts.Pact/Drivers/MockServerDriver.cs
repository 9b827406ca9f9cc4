using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact.Drivers;

/// <summary>A running mock server; disposing it stops the server and frees what it reported.</summary>
internal sealed class MockServerDriver(MockServerHandle handle, Uri uri) : IDisposable
{
    public Uri Uri => uri;

    public bool AllRequestsMatched => NativeMethods.MockServerMatched(handle.Port);

    /// <summary>The mismatches as the core reports them: a JSON array.</summary>
    public string MismatchesJson => NativeString.ReadBorrowed(NativeMethods.MockServerMismatches(handle.Port)) ?? "[]";

    /// <summary>What the core logged while serving, or null when its log is not kept in memory.</summary>
    public string? Log => NativeString.ReadBorrowed(NativeMethods.MockServerLogs(handle.Port));

    public void Dispose() => handle.Dispose();
}
