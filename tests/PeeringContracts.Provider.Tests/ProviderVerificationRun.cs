using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Provider.Tests;

/// <summary>
/// The provider verification against the same target and settings as the conformance run, once before the tests,
/// which read its verdicts: the pacts of <c>pacts/</c>, or the Pact Broker's when PACT_BROKER_BASE_URL is set.
/// <c>verification-report.md</c> lands beside the conformance report.
/// </summary>
[SetUpFixture]
public sealed class ProviderVerificationRun
{
    private static ContractVerification? verification;

    /// <summary>Why the verification could not start (a setting missing or wrong, the target or broker unreachable), or null.</summary>
    internal static string? Misconfiguration { get; private set; }

    /// <summary>Whether the pacts came from a broker (then they need not be those of <c>pacts/</c>).</summary>
    internal static bool FromBroker { get; private set; }

    internal static ContractVerification Verification =>
        verification ?? throw new InvalidOperationException("The provider verification has not run.");

    [OneTimeSetUp]
    public async Task RunAsync()
    {
        try
        {
            var settings = TargetSettings.Load(RunSetting.Read);
            var broker = BrokerSettings.FromEnvironment(RunSetting.Read);
            FromBroker = broker is not null;
            var source = broker is null ? "`pacts/`" : $"the Pact Broker at {broker.Source.Url.GetLeftPart(UriPartial.Path)}";
            await TestContext.Progress.WriteLineAsync($"Provider verification of {source} against {settings.DescribeTarget()}, fixtures {settings.Fixtures}.");
            await using var target = await EmbeddedTarget.StartAsync(settings, CancellationToken.None);
            verification = await ContractVerification.RunAsync(target, RepositoryRoot.Pacts, broker, CancellationToken.None);
            var directory = settings.ReportDirectory ?? Path.Combine(RepositoryRoot.Path, "TestResults");
            await TestContext.Progress.WriteLineAsync($"Verification report: {VerificationReport.Write(settings, source, verification.Verdicts, directory)}");
        }
        catch (Exception misconfiguration) when (misconfiguration is ConformanceConfigurationException or BrokerSettingsException or PactVerifierException)
        {
            // Every test then fails with this one sentence, naming the variable.
            Misconfiguration = $"The provider verification cannot start. {misconfiguration.Message}";
            await TestContext.Progress.WriteLineAsync(Misconfiguration);
        }
    }
}
