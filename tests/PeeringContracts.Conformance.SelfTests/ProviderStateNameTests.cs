using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Model;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// In provider-state mode the name a reject must echo is the one the suite sent, once the state endpoint says it gave
/// it: not what the provider's own show says, which a provider that loses names would agree with. An endpoint that
/// ignores the name (params are optional in Pact) is not broken: its peerings' names can only come from the provider,
/// and the run says so.
/// </summary>
public sealed class ProviderStateNameTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_name_the_state_endpoint_says_it_gave_is_expected_even_where_the_provider_shows_another()
    {
        var (result, fromProvider) = await RunRej005Async(claimsTheSentName: true);

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.Requirement, result.Message);
        result.Message.ShouldContain($"expected: name = \"{new FixtureData(SelfTestRun.Seed, "REJ-005").PeeringName()}\"");
        result.Message.ShouldContain("actual:   name = \"pact-provider-state\"");
        fromProvider.ShouldBeEmpty();
    }

    [Test]
    public async Task A_state_endpoint_that_ignores_the_name_passes_and_the_run_says_the_name_came_from_the_provider()
    {
        var (result, fromProvider) = await RunRej005Async(claimsTheSentName: false);

        result.Verdict.ShouldBe(Verdict.Passed, result.Message);
        fromProvider.ShouldBe([ExpectedFromProvider.Name]);
    }

    private static async Task<(CheckResult Result, IReadOnlyList<string> FromProvider)> RunRej005Async(bool claimsTheSentName)
    {
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true });
        var settings = TargetSettings.Load(EmbeddedProviderSettings.For(provider, AuthMode.Token, new Dictionary<string, string>
        {
            [Setting.Fixtures] = TargetSettings.WordFor(FixtureStrategy.ProviderState),
            [Setting.Seed] = SelfTestRun.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var live = settings.Live!;
        using var stateClient = new HttpClient(new ParamsDroppingStateEndpoint(claimsTheSentName)) { Timeout = Timeout };
        using var accepter = new PeeringApiClient(live.Tenants.Accepter.ClientOptions(live.BaseUrl, Timeout));
        using var anonymous = new PeeringApiClient(new PeeringClientOptions(live.BaseUrl, Token: null, Timeout));
        var fixtures = new ProviderStateFixtures(stateClient, ((ProviderStateFixtureSource)live.Fixtures).StateUrl, accepter, live.Parties);
        var check = ConformanceCatalog.Get("REJ-005");
        var tenants = new TenantClients(accepter, null, null, anonymous, live.Tenants);
        using var model = new ModelRun(null, settings.Model);
        var context = new CheckContext(check.Requirement, settings, fixtures, tenants, new RefusalAudit(), model, CancellationToken.None);

        var result = await CheckRunner.RunAsync(check, context);
        await fixtures.CleanUpAsync(CancellationToken.None);
        return (result, fixtures.ExpectedFromProvider.Fields);
    }
}
