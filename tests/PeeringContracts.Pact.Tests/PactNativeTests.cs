namespace PeeringContracts.Pact.Tests;

public class PactNativeTests
{
    [Test]
    public void The_loaded_native_core_is_the_pinned_version()
    {
        PactNative.Version.ShouldBe(PactNative.ExpectedVersion);
    }
}
