using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// With provider-state fixtures the expected VPC infos come from the settings, not from the provider's own show: a
/// provider whose peerings join other VPCs than the settings name fails REJ-005 and REJ-007 instead of agreeing with
/// itself.
/// </summary>
public sealed class IndependentTruthTests
{
    [Test]
    public async Task Provider_state_fixtures_expect_the_vpcs_the_settings_name()
    {
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true });
        var outsiderVpc = Role(provider, "outsider").VpcId;

        var truthful = await RunAsync(provider, Role(provider, "accepter").VpcId, "REJ-005");
        var otherVpc = await RunAsync(provider, outsiderVpc, "REJ-005");
        var otherVpcShown = await RunAsync(provider, outsiderVpc, "REJ-007");

        truthful.Verdict.ShouldBe(Verdict.Passed, truthful.Message);
        otherVpc.Verdict.ShouldBe(Verdict.Failed, otherVpc.Message);
        otherVpc.Message.ShouldContain($"accept_vpc_info.vpc_id = \"{outsiderVpc}\"");
        otherVpcShown.Verdict.ShouldBe(Verdict.Failed, otherVpcShown.Message);
    }

    private static async Task<CheckResult> RunAsync(ReferenceProviderHost provider, string accepterVpcId, string requirementId)
    {
        var values = new Dictionary<string, string>
        {
            [Setting.BaseUrl] = provider.BaseUrl.ToString(),
            [Setting.Fixtures] = "provider-state",
            [Setting.ProviderStateUrl] = new Uri(provider.BaseUrl, "_pact/provider-states").ToString(),
            [Setting.AccepterToken] = Role(provider, "accepter").Token,
            [Setting.RequesterToken] = Role(provider, "requester").Token,
            [Setting.AccepterVpcId] = accepterVpcId,
        };
        await using var target = await ConformanceTarget.StartAsync(TargetSettings.Load(values.GetValueOrDefault), CancellationToken.None);
        var check = ConformanceCatalog.Get(requirementId);
        return await CheckRunner.RunAsync(check, target.ContextFor(check.Requirement, CancellationToken.None));
    }

    private static TenantAccount Role(ReferenceProviderHost provider, string role) => provider.Tenants.Single(tenant => tenant.Role == role);
}
