using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>The mock server that plays the provider in a consumer test; a running server is known by its port.</summary>
internal static partial class NativeMethods
{
    /// <summary>The port (&gt; 0), or -1 bad handle, -2 bad config, -3 cannot start, -4 panic, -5 bad address.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServerForTransport(ushort pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool MockServerMatched(int port);

    /// <summary>A JSON array owned by the mock server (freed by its cleanup, never by the caller); NULL if unknown.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int port);

    /// <summary>The log lines the buffer sink kept for this server; owned by the server (freed by its cleanup).</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_logs")]
    internal static partial IntPtr MockServerLogs(int port);

    [LibraryImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int port);
}
