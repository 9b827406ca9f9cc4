namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>A clock that always reads one instant: the provider judges signing dates against it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
