using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Running;

/// <summary>A 429 that outlasted the client's retries: the target was too busy to be judged, which is no verdict on it.</summary>
internal static class Throttling
{
    public const int StatusCode = 429;

    public static PrerequisiteMissingException CouldNotJudge(PeeringExchange exchange) => new(
        $"{exchange.Method} {exchange.Url.AbsolutePath} was still throttled (429) after the suite waited as long as its budget allows " +
        $"(half of PEERING_TIMEOUT_SECONDS); lower the request rate (NUnit.NumberOfTestWorkers) or raise the limit.");
}
