namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The detection matrix runs eight conformance runs at once. In CsCheck's parallel mode each REJ-047 sample holds its
/// threads while the requests they send finish on the pool. Left to itself, the pool adds about one thread every half
/// second once it is busy. A sample's operations could then reach the provider seconds apart: too late to meet a
/// fault's rendezvous of rivals (5 s), so the race it must show would not happen. A minimum far above what the runs
/// hold at once lets every request start when it is sent.
/// </summary>
[SetUpFixture]
public sealed class ThreadPoolHeadroom
{
    private const int MinimumThreads = 128;

    [OneTimeSetUp]
    public void RaiseTheMinimum()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), Math.Max(completionPorts, MinimumThreads)).ShouldBeTrue();
    }
}
