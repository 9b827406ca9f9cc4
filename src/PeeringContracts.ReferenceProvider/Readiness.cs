namespace PeeringContracts.ReferenceProvider;

/// <summary>
/// A started host is handed out only once it has answered a request: callers then never race their own request
/// budget against the first request's start-up work (JIT, routing), which on a loaded machine can take seconds.
/// </summary>
internal static class Readiness
{
    /// <summary>A bound for a host that never answers, not a budget for one that is slow: waiting is cheap.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(50);

    public static async Task WaitUntilAnswersAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = GiveUpAfter };
        var giveUpAt = DateTimeOffset.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                // The API root, not an operation: any answer proves readiness, and no operation (nor a quirk counting them) sees it.
                using var answer = await client.GetAsync(baseUrl, cancellationToken);
                return;
            }
            catch (HttpRequestException refused)
            {
                if (DateTimeOffset.UtcNow >= giveUpAt)
                {
                    throw new InvalidOperationException(
                        $"The reference provider started at {baseUrl} but did not answer within {GiveUpAfter.TotalMinutes:0} minutes: {refused.Message}", refused);
                }

                await Task.Delay(RetryPause, cancellationToken);
            }
        }
    }
}
