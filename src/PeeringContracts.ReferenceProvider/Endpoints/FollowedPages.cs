namespace PeeringContracts.ReferenceProvider.Endpoints;

/// <summary>How many list pages were asked with a <c>marker</c>: lets a self-test prove that a client really paged.</summary>
internal sealed class FollowedPages
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}
