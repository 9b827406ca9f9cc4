using System.Globalization;

namespace PeeringContracts.Client;

/// <summary>
/// API gateways answer 429 when a tenant sends too fast. Every request waits and is sent again (honouring
/// <c>Retry-After</c>, else backing off from 0.5 s), at most <see cref="MaxRetries"/> times and while the waits fit in
/// a budget of half the client's timeout, so a throttled answer never becomes a verdict by itself. The answer finally
/// returned says how it was throttled in the <see cref="ThrottleEvidence.HeaderName"/> header; a 429 that outlasts the
/// budget is returned as it came.
/// </summary>
internal sealed class ThrottleRetryHandler(HttpMessageHandler inner, TimeSpan timeout) : DelegatingHandler(inner)
{
    private const int TooManyRequests = 429;
    private const int MaxRetries = 10;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var budget = timeout / 2;
        var waited = TimeSpan.Zero;
        var backoff = FirstBackoff;
        var throttled = 0;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        while ((int)response.StatusCode == TooManyRequests && RetryAfter(response) is var wait && throttled < MaxRetries && waited + (wait ?? backoff) <= budget)
        {
            var pause = wait ?? backoff;
            response.Dispose();
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            waited += pause;
            backoff *= 2;
            throttled++;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (throttled > 0)
        {
            response.Headers.TryAddWithoutValidation(ThrottleEvidence.HeaderName, string.Create(CultureInfo.InvariantCulture,
                $"{throttled} answer(s) 429 before this one; waited {waited.TotalSeconds:0.###} s in all"));
        }

        return response;
    }

    /// <summary>The wait <c>Retry-After</c> asks for (seconds or an HTTP date), or null when it says nothing usable.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var until && until > TimeSpan.Zero ? until : TimeSpan.Zero,
        _ => null,
    };
}
