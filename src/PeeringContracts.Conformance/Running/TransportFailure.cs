using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>Words a request that got no HTTP answer truthfully: a timeout only when the timeout passed.</summary>
internal static class TransportFailure
{
    public static string Describe(PeeringTransportException error, TimeSpan timeout) => error.TimedOut
        ? $"no answer within the timeout of {timeout.TotalSeconds:0.#} s: {error.Message}"
        : $"no answer: the connection failed or closed before a response came (not a timeout): {error.Message}";
}
