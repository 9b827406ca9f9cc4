namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// Reads that follow a write may be served from an eventually consistent index, for up to <see cref="Window"/>. A read
/// that must show a change is repeated through the window; a provider that never shows the write still fails.
/// </summary>
internal static class Eventually
{
    private const int Attempts = 5;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a write may take to become visible to reads.</summary>
    public static TimeSpan Window { get; } = Pause * Attempts;

    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> settled, CancellationToken cancellationToken)
    {
        var reading = await read();
        for (var attempt = 1; attempt < Attempts && !settled(reading); attempt++)
        {
            await Task.Delay(Pause, cancellationToken);
            reading = await read();
        }

        return reading;
    }
}
