using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>
/// A library must not resume on its caller's synchronization context: under a UI or single-threaded context a caller
/// that blocks on the task would deadlock. Every operation, called while a context that counts its posts is current,
/// resumes without it.
/// </summary>
public sealed class CallerContextTests
{
    private static IEnumerable<TestCaseData> Operations()
    {
        var peering = Samples.Peering(PeeringStatus.PendingAcceptance);
        var wrapped = Samples.Wrapped(peering);
        yield return Case("CreateAsync", wrapped, client => client.CreateAsync(new CreatePeeringRequest("n", new VpcInfo(Samples.RequestVpcId), new VpcInfo(Samples.AcceptVpcId))));
        yield return Case("ShowAsync", wrapped, client => client.ShowAsync(Samples.PeeringId));
        yield return Case("ListAsync", """{"peerings": []}""", client => client.ListAsync());
        yield return Case("AcceptAsync", peering, client => client.AcceptAsync(Samples.PeeringId));
        yield return Case("RejectAsync", peering, client => client.RejectAsync(Samples.PeeringId));
        yield return Case("UpdateAsync", wrapped, client => client.UpdateAsync(Samples.PeeringId, new UpdatePeeringRequest(Name: "m")));
        yield return Case("DeleteAsync", "", client => client.DeleteAsync(Samples.PeeringId));
        yield return Case("SendAsync", "", client => client.SendAsync(ApiRequest.Show(Samples.PeeringId)));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task An_operation_never_resumes_on_the_callers_context(string answer, Func<PeeringApiClient, Task> operation)
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, answer));
        using var client = stub.CreateClient();
        var context = new CountingContext();

        Task call;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            call = operation(client);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        await call;
        context.Posts.ShouldBe(0, "the client resumed on the caller's synchronization context: an await lacks ConfigureAwait(false)");
    }

    private static TestCaseData Case(string name, string answer, Func<PeeringApiClient, Task> operation)
        => new TestCaseData(answer, operation).SetArgDisplayNames(name);

    /// <summary>Counts what is posted to it, and runs it on the thread pool so nothing waits for a pump.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => _posts;

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }
}
