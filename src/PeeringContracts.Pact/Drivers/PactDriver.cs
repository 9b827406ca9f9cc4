using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact.Drivers;

/// <summary>One native V4 pact: its interactions, its mock server and its file.</summary>
internal sealed class PactDriver : IDisposable
{
    private const string LoopbackAddress = "127.0.0.1";

    private readonly PactHandle handle;

    private PactDriver(PactHandle handle) => this.handle = handle;

    public static PactDriver CreateV4(string consumer, string provider)
    {
        NativeCore.EnsureInitialised();
        var driver = new PactDriver(new PactHandle(NativeMethods.NewPact(consumer, provider)));
        ReturnCodes.Accepted(
            NativeMethods.WithSpecification(driver.handle.Value, PactSpecification.V4),
            "pactffi_with_specification",
            $"specification V4 for the pact between '{consumer}' and '{provider}'");
        return driver;
    }

    public InteractionDriver NewInteraction(string description) =>
        new(NativeMethods.NewInteraction(handle.Value, description), description);

    /// <summary>Starts the mock server on 127.0.0.1 on a port the system chooses.</summary>
    public MockServerDriver StartMockServer()
    {
        var result = NativeMethods.CreateMockServerForTransport(handle.Value, LoopbackAddress, 0, "http", null);
        var port = ReturnCodes.MockServerPort(result, LoopbackAddress);
        return new MockServerDriver(new MockServerHandle(port), new Uri($"http://{LoopbackAddress}:{port}"));
    }

    /// <summary>Writes the pact into <paramref name="directory"/>, merging with a file that is already there.</summary>
    public void WriteFile(string directory) =>
        ReturnCodes.PactFileWritten(NativeMethods.WritePactFile(handle.Value, directory, overwrite: false), directory);

    public void Dispose() => handle.Dispose();
}
