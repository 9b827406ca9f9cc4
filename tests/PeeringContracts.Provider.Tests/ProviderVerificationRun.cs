using PeeringContracts.Conformance.Settings;
using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Provider.Tests;

/// <summary>
/// The provider verification of <c>pacts/</c> against the same target and settings as the conformance run, once before
/// the tests, which read its verdicts; <c>verification-report.md</c> lands beside the conformance report.
/// </summary>
[SetUpFixture]
public sealed class ProviderVerificationRun
{
    private static ContractVerification? verification;

    /// <summary>Why the verification could not start (a setting missing or wrong, the target unreachable), or null.</summary>
    internal static string? Misconfiguration { get; private set; }

    internal static ContractVerification Verification =>
        verification ?? throw new InvalidOperationException("The provider verification has not run.");

    [OneTimeSetUp]
    public async Task RunAsync()
    {
        try
        {
            var settings = TargetSettings.Load(RunSetting.Read);
            await TestContext.Progress.WriteLineAsync($"Provider verification of pacts/ against {settings.DescribeTarget()}, fixtures {settings.Fixtures}.");
            verification = await ContractVerification.RunAsync(settings, RepositoryRoot.Pacts, CancellationToken.None);
            var directory = settings.ReportDirectory ?? Path.Combine(RepositoryRoot.Path, "TestResults");
            await TestContext.Progress.WriteLineAsync($"Verification report: {VerificationReport.Write(settings, verification.Verdicts, directory)}");
        }
        catch (ConformanceConfigurationException misconfiguration)
        {
            // Every interaction test then fails with this one sentence, naming the variable.
            Misconfiguration = $"The provider verification cannot start. {misconfiguration.Message}";
            await TestContext.Progress.WriteLineAsync(Misconfiguration);
        }
    }
}
