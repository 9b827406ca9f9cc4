using System.Runtime.ExceptionServices;
using PeeringContracts.Pact.Drivers;
using PeeringContracts.Pact.Errors;

namespace PeeringContracts.Pact;

/// <summary>
/// Interactions between a consumer and a provider, verified against a mock server. Each <see cref="VerifyAsync"/>
/// takes the interactions defined since the previous one; not for use by several threads at once.
/// </summary>
public sealed class PactBuilder
{
    private readonly string consumer;
    private readonly string provider;
    private readonly PactConfig config;
    private PactDriver? pending;

    private PactBuilder(string consumer, string provider, PactConfig config)
    {
        this.consumer = consumer;
        this.provider = provider;
        this.config = config;
    }

    /// <summary>
    /// A V4 pact between two named applications. Use one per test: each <see cref="VerifyAsync"/> runs its own mock
    /// server. (The entry point is here, not on a type named <c>Pact</c>, which would clash with this namespace.)
    /// </summary>
    public static PactBuilder V4(string consumer, string provider, PactConfig config)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(config);
        return new PactBuilder(consumer, provider, config);
    }

    /// <summary>Starts an interaction: <paramref name="description"/> names it in the contract and in failures.</summary>
    public RequestBuilder UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        pending ??= PactDriver.CreateV4(consumer, provider);
        return new RequestBuilder(pending.NewInteraction(description));
    }

    /// <summary>
    /// Starts the mock server on 127.0.0.1 (a free port), runs <paramref name="interact"/> against it, then requires
    /// that every request matched and every expected request came. Only then is the pact written. The mock server is
    /// always stopped. Fails with one <see cref="PactMismatchException"/> naming every problem.
    /// </summary>
    public async Task VerifyAsync(Func<ConsumerContext, Task> interact)
    {
        ArgumentNullException.ThrowIfNull(interact);
        using var pact = pending ?? throw new InvalidOperationException("VerifyAsync needs an interaction first: call UponReceiving(...).");
        pending = null;

        ExceptionDispatchInfo? consumerFailure = null;
        using (var server = pact.StartMockServer())
        {
            try
            {
                await interact(new ConsumerContext(server.Uri)).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Rethrown below as it is, or attached to the mismatch report when it is the mismatch's consequence.
                consumerFailure = ExceptionDispatchInfo.Capture(exception);
            }

            if (!server.AllRequestsMatched)
            {
                throw PactMismatchException.From(server.MismatchesJson, server.Log, consumerFailure?.SourceException);
            }
        }

        consumerFailure?.Throw();
        Directory.CreateDirectory(config.PactDir);
        pact.WriteFile(config.PactDir);
    }
}
