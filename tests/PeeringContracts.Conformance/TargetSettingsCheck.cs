namespace PeeringContracts.Conformance.Tests;

/// <summary>The one place a misconfigured run fails: the message names the variable to fix.</summary>
public sealed class TargetSettingsCheck
{
    public const string Name = "The target settings are usable";

    [Test(Description = Name)]
    public void The_target_settings_are_usable()
    {
        if (ConformanceRun.Misconfiguration is not null)
        {
            Assert.Fail(ConformanceRun.Misconfiguration);
        }
    }
}
