using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.TestSupport;
using PeeringContracts.Verification;

namespace PeeringContracts.Provider.Tests;

/// <summary>
/// The provider verification against the same target and settings as the conformance run, once before the tests,
/// which read its verdicts: the pacts of <c>pacts/</c>, or the Pact Broker's when PACT_BROKER_BASE_URL is set.
/// <c>verification-report.md</c> lands beside the conformance report on every run, one that could not start included.
/// </summary>
[SetUpFixture]
public sealed class ProviderVerificationRun
{
    /// <summary>What every test of a verification that could not start says, but the one that fails with the reasons.</summary>
    internal const string NotRunBecauseItCouldNotStart =
        "not run: the provider verification could not start (its reasons are the failure of The_verification_starts, and in the report).";

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
        var header = RunHeader.Unloaded(RunSetting.Read);
        var source = "`pacts/`";
        var problems = new List<string>();
        try
        {
            var settings = TargetSettings.Load(RunSetting.Read);
            header = RunHeader.Of(settings);
            var broker = BrokerSettings.FromEnvironment(RunSetting.Read);
            FromBroker = broker is not null;
            source = broker is null ? source : $"the Pact Broker at {broker.Source.Url.GetLeftPart(UriPartial.Path)}";
            await TestContext.Progress.WriteLineAsync($"Provider verification of {source} against {header.Target}, auth {header.Auth}, fixtures {header.Fixtures}.");
            await using var target = await EmbeddedTarget.StartAsync(settings, CancellationToken.None);
            verification = await ContractVerification.RunAsync(target, RepositoryRoot.Pacts, broker, CancellationToken.None);
        }
        catch (ConformanceConfigurationException misconfiguration)
        {
            problems.AddRange(misconfiguration.Problems.Select(problem => problem.ToString()));
        }
        catch (Exception misconfiguration) when (misconfiguration is BrokerSettingsException or PactVerifierException)
        {
            problems.Add(misconfiguration.Message);
        }

        Misconfiguration = problems.Count > 0 ? $"The provider verification cannot start:\n{string.Join("\n", problems.Select(problem => $"- {problem}"))}" : null;
        var verdicts = verification?.Verdicts ?? [];
        var directory = ReportLocation.Directory(RunSetting.Read, Path.Combine(RepositoryRoot.Path, "TestResults"));
        var path = VerificationReport.Write(header, source, verdicts, problems, directory);
        await TestContext.Progress.WriteLineAsync($"{VerificationReport.Summary(verdicts)} — report: {path}");
    }
}
