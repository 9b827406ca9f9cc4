namespace PeeringContracts.Bench.TestHostFloor;

public sealed class TestHostFloor
{
    [Test]
    public void The_test_host_runs_one_test() =>
        Assert.That(TestContext.CurrentContext.Test.Name, Is.EqualTo(nameof(The_test_host_runs_one_test)));
}
