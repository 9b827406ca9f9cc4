namespace PeeringContracts.ReferenceProvider.Tests.Support;

public static class TimerSlack
{
    /// <summary>How much earlier than asked a server-side <c>Task.Delay</c> may end: .NET timers on Linux run on a
    /// coarse monotonic clock (ticks of about 4 ms), so a 400 ms delay can measure 396 ms from the client.</summary>
    public static TimeSpan AtMost { get; } = TimeSpan.FromMilliseconds(10);
}
