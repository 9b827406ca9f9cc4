namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>A provider of its own for one test, for switches that must not leak into other tests.</summary>
public static class IsolatedProvider
{
    public static async Task RunAsync(ReferenceProviderOptions options, Func<PeeringApi, Task> test)
    {
        await using var host = await ReferenceProviderHost.StartAsync(options);
        using var api = new PeeringApi(host);
        await test(api);
    }
}
