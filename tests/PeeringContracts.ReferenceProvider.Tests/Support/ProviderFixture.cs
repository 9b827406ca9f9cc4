namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>One reference provider per test class, started before its first test and disposed after its last.</summary>
public abstract class ProviderFixture
{
    protected ReferenceProviderHost Host { get; private set; } = null!;

    protected PeeringApi Api { get; private set; } = null!;

    protected virtual ReferenceProviderOptions Options => new();

    [OneTimeSetUp]
    public async Task StartProvider()
    {
        Host = await ReferenceProviderHost.StartAsync(Options);
        Api = new PeeringApi(Host);
    }

    [OneTimeTearDown]
    public async Task StopProvider()
    {
        Api.Dispose();
        await Host.DisposeAsync();
    }
}
