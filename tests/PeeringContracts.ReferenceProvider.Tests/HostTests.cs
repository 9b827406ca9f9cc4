using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

public sealed class HostTests
{
    [Test]
    public async Task The_host_listens_on_loopback_and_exposes_its_tenants_and_faults()
    {
        await using var host = await ReferenceProviderHost.StartAsync(new() { Faults = ["wrong-id", "slow-reject"] });

        host.BaseUrl.Host.ShouldBe("127.0.0.1");
        host.BaseUrl.Port.ShouldBeGreaterThan(0);
        host.BaseUrl.AbsolutePath.ShouldBe("/");
        host.Tenants.ShouldBe(DefaultTenants.All);
        host.Faults.ShouldBe(["wrong-id", "slow-reject"], ignoreOrder: true);
    }

    [Test]
    public async Task An_unknown_fault_fails_the_start_listing_the_valid_names()
    {
        var failure = await Should.ThrowAsync<ArgumentException>(() => ReferenceProviderHost.StartAsync(new() { Faults = ["no-such-fault"] }));

        failure.Message.ShouldContain("no-such-fault");
        failure.Message.ShouldContain("wrapped-reject-body");
        failure.Message.ShouldContain("slow-reject");
    }

    [Test]
    public async Task The_host_exposes_its_quirks_and_an_unknown_quirk_fails_the_start()
    {
        await using var host = await ReferenceProviderHost.StartAsync(new() { Quirks = ["extra-fields"], Faults = ["wrong-id"] });
        var failure = await Should.ThrowAsync<ArgumentException>(() => ReferenceProviderHost.StartAsync(new() { Quirks = ["no-such-quirk"] }));

        host.Quirks.ShouldBe(["extra-fields"]);
        host.Faults.ShouldBe(["wrong-id"]);
        failure.Message.ShouldContain("no-such-quirk");
        failure.Message.ShouldContain("charset-content-type");
    }

    [Test]
    public async Task Tenants_sharing_a_token_fail_the_start()
    {
        var twin = DefaultTenants.Outsider with { Token = DefaultTenants.Accepter.Token };

        await Should.ThrowAsync<ArgumentException>(() => ReferenceProviderHost.StartAsync(new() { Tenants = [DefaultTenants.Requester, DefaultTenants.Accepter, twin] }));
    }

    [Test]
    public async Task Tenants_sharing_an_access_key_fail_the_start()
    {
        var twin = DefaultTenants.Outsider with { AccessKey = DefaultTenants.Accepter.AccessKey };

        await Should.ThrowAsync<ArgumentException>(() => ReferenceProviderHost.StartAsync(new() { Tenants = [DefaultTenants.Requester, DefaultTenants.Accepter, twin] }));
    }

    [Test]
    public void Every_default_tenant_has_its_own_key_pair_and_prints_without_its_credentials()
    {
        DefaultTenants.All.Select(tenant => tenant.AccessKey).Distinct().Count().ShouldBe(3);
        DefaultTenants.All.ShouldAllBe(tenant => !string.IsNullOrEmpty(tenant.SecretKey));
        foreach (var tenant in DefaultTenants.All)
        {
            tenant.ToString().ShouldNotContain(tenant.SecretKey!, Case.Sensitive);
            tenant.ToString().ShouldNotContain(tenant.Token, Case.Sensitive);
        }
    }

    [Test]
    public void The_default_tenants_follow_the_documented_id_formats()
    {
        DefaultTenants.All.Select(tenant => tenant.Role).ShouldBe([TenantRoles.Requester, TenantRoles.Accepter, TenantRoles.Outsider]);
        DefaultTenants.All.ShouldAllBe(tenant => tenant.TenantId.Length == 32 && tenant.TenantId.All(char.IsAsciiHexDigitLower));
        DefaultTenants.All.Select(tenant => Guid.TryParseExact(tenant.VpcId, "D", out var _)).ShouldAllBe(isUuid => isUuid);
    }

    [Test]
    public async Task Two_hosts_are_independent()
    {
        await using var first = await ReferenceProviderHost.StartAsync();
        await using var second = await ReferenceProviderHost.StartAsync();
        using var firstApi = new PeeringApi(first);
        using var secondApi = new PeeringApi(second);

        var id = await firstApi.CreatePendingAsync();

        first.BaseUrl.ShouldNotBe(second.BaseUrl);
        (await secondApi.ShowAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(404);
    }
}
