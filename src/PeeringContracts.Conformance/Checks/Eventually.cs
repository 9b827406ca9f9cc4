namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// Reads that follow a write may be served from an eventually consistent index, for up to the settle window
/// (<c>PEERING_SETTLE_SECONDS</c>). A read that must show a change is repeated through the window; a provider that
/// never shows the write still fails. A read that must show no change waits the window out, and then several reads
/// must all agree, so that one stale read cannot hide a change.
/// </summary>
internal static class Eventually
{
    /// <summary>How many reads after the window must all show the unchanged value.</summary>
    private const int AgreeingReads = 3;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads until <paramref name="settled"/> holds or the window has passed; returns the last reading.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> settled, TimeSpan window, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, (int)Math.Ceiling(window / Pause));
        var reading = await read();
        for (var attempt = 1; attempt < attempts && !settled(reading); attempt++)
        {
            await Task.Delay(Pause, cancellationToken);
            reading = await read();
        }

        return reading;
    }

    /// <summary>Waits the window out, then reads <see cref="AgreeingReads"/> times; returns the first reading that is
    /// not <paramref name="unchanged"/>, or the last (unchanged) one. The agreeing reads are spaced by at most a third of
    /// the window: a provider declared strongly consistent (window 0) is read back to back, since no replica of it may lag.</summary>
    public static async Task<T> StaysAsync<T>(Func<Task<T>> read, Func<T, bool> unchanged, TimeSpan window, CancellationToken cancellationToken)
    {
        await Task.Delay(window, cancellationToken);
        var spacing = window / AgreeingReads < Pause ? window / AgreeingReads : Pause;
        var reading = await read();
        for (var count = 1; count < AgreeingReads && unchanged(reading); count++)
        {
            await Task.Delay(spacing, cancellationToken);
            reading = await read();
        }

        return reading;
    }
}
