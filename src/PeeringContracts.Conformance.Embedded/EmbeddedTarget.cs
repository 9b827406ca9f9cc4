using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.Embedded;

/// <summary>
/// The target of a run: the provider at <c>PEERING_BASE_URL</c>, or, when it is empty, the reference provider started
/// here on 127.0.0.1 and reached through the settings a user would write for it. The target owns the provider it started.
/// </summary>
public static class EmbeddedTarget
{
    public static async Task<ConformanceTarget> StartAsync(TargetSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Live is { } live)
        {
            return await ConformanceTarget.ConnectAsync(settings, live, ownedProvider: null, cancellationToken);
        }

        var provider = await ReferenceProviderHost.StartAsync(
            new ReferenceProviderOptions { EnableProviderStates = settings.Fixtures == FixtureStrategy.ProviderState },
            cancellationToken);
        try
        {
            return await ConformanceTarget.ConnectAsync(
                settings, EmbeddedProviderSettings.Target(provider, settings.Auth, settings.Fixtures), provider, cancellationToken);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
