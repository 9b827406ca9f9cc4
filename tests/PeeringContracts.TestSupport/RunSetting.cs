using NUnit.Framework;

namespace PeeringContracts.TestSupport;

/// <summary>A target setting: the environment variable when it is set, else the runsettings <c>TestRunParameters</c> entry.</summary>
public static class RunSetting
{
    public static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) ?? TestContext.Parameters.Get(name);
}
