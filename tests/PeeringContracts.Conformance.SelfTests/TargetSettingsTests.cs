using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Misconfiguration ends a run with one message naming the variable; good settings parse as documented.</summary>
public sealed class TargetSettingsTests
{
    private static readonly Dictionary<string, string> ApiTarget = new()
    {
        [SettingNames.BaseUrl] = "https://vpc.example.test",
        [SettingNames.AccepterToken] = "accepter-secret",
        [SettingNames.RequesterToken] = "requester-secret",
        [SettingNames.RequesterVpcId] = "9daeac7c-a98f-430f-8e38-67f9c044e299",
        [SettingNames.AccepterVpcId] = "f583c072-0bb8-4e19-afb2-afb7c1693be5",
        [SettingNames.AccepterTenantId] = "f65e9ebced5d418ba9319a723718ba4e",
    };

    [Test]
    public void No_settings_at_all_mean_the_embedded_provider_with_the_documented_defaults()
    {
        var settings = TargetSettings.Load(_ => null);

        settings.UsesEmbeddedProvider.ShouldBeTrue();
        settings.Fixtures.ShouldBe(FixtureStrategy.Api);
        settings.Profile.ShouldBe(ConformanceProfile.Strict);
        settings.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        settings.SettleWindow.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [TestCase("0", 0)]
    [TestCase("2.5", 2500)]
    public void The_settle_window_is_read_in_seconds(string value, int milliseconds)
    {
        TargetSettings.Load(With(SettingNames.SettleSeconds, value)).SettleWindow.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [TestCase(SettingNames.AccepterToken)]
    [TestCase(SettingNames.RequesterToken)]
    [TestCase(SettingNames.RequesterVpcId)]
    [TestCase(SettingNames.AccepterVpcId)]
    [TestCase(SettingNames.AccepterTenantId)]
    public void A_live_target_with_api_fixtures_names_each_missing_setting(string missing)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(Without(missing)));

        error.Variable.ShouldBe(missing);
        error.Message.ShouldStartWith(missing);
    }

    [TestCase(SettingNames.BaseUrl, "vpc.example.test")]
    [TestCase(SettingNames.BaseUrl, "ftp://vpc.example.test")]
    [TestCase(SettingNames.Fixtures, "database")]
    [TestCase(SettingNames.Profile, "lenient")]
    [TestCase(SettingNames.TimeoutSeconds, "-1")]
    [TestCase(SettingNames.TimeoutSeconds, "ten")]
    [TestCase(SettingNames.TimeoutSeconds, "0")]
    [TestCase(SettingNames.SettleSeconds, "-1")]
    [TestCase(SettingNames.SettleSeconds, "soon")]
    [TestCase(SettingNames.Seed, "1.5")]
    [TestCase(SettingNames.Auth, "oauth")]
    public void A_value_that_does_not_parse_is_named_with_its_variable(string name, string value)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(name, value)));

        error.Variable.ShouldBe(name);
        error.Message.ShouldContain(value);
    }

    [Test]
    public void Provider_state_fixtures_need_the_state_url_and_preprovisioned_ones_need_ids()
    {
        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(SettingNames.Fixtures, "provider-state")))
            .Variable.ShouldBe(SettingNames.ProviderStateUrl);
        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(SettingNames.Fixtures, "preprovisioned")))
            .Variable.ShouldBe(SettingNames.PendingIds);
    }

    [Test]
    public void Preprovisioned_ids_are_split_and_trimmed()
    {
        var lookup = With(SettingNames.Fixtures, "preprovisioned");
        var settings = TargetSettings.Load(name => name == SettingNames.PendingIds ? " a-1 , b-2,,c-3 " : lookup(name));

        settings.Live.ShouldNotBeNull().Fixtures.ShouldBeOfType<PreprovisionedFixtureSource>().PendingIds.ShouldBe(["a-1", "b-2", "c-3"]);
    }

    [Test]
    public void A_url_with_credentials_is_refused_without_repeating_them()
    {
        var error = Should.Throw<ConformanceConfigurationException>(
            () => TargetSettings.Load(With(SettingNames.BaseUrl, "https://user:hunter2@vpc.example.test/gateway")));

        error.Variable.ShouldBe(SettingNames.BaseUrl);
        error.Message.ShouldNotContain("hunter2");
    }

    [Test]
    public void A_base_url_with_a_path_prefix_keeps_it()
    {
        TargetSettings.Load(With(SettingNames.BaseUrl, "https://vpc.example.test/gateway")).Live.ShouldNotBeNull().BaseUrl.AbsoluteUri
            .ShouldBe("https://vpc.example.test/gateway/");
    }

    [Test]
    public void With_aksk_every_tenant_is_a_key_pair_and_no_printout_shows_a_key()
    {
        var settings = TargetSettings.Load(AkSk());

        settings.Auth.ShouldBe(AuthMode.AkSk);
        var live = settings.Live.ShouldNotBeNull();
        var accepter = live.Tenants.Accepter.ShouldBeOfType<KeyPairCredentials>();
        accepter.Keys.ShouldBe(new AkSkCredentials("ACCEPTERAK", "accepter-sk-secret", "accepter-project"));
        live.Fixtures.ShouldBeOfType<ApiFixtureSource>().Requester.ShouldBeOfType<KeyPairCredentials>().Keys.AccessKey.ShouldBe("REQUESTERAK");
        live.Tenants.Outsider.ShouldBeNull();
        live.Tenants.Tokens.ShouldBeNull("key pairs give the Pact verifier no token to hand out");
        live.Tenants.Secrets.ShouldBe(["ACCEPTERAK", "accepter-sk-secret", "REQUESTERAK", "requester-sk-secret"], ignoreOrder: true);
        foreach (var printout in new[] { live.ToString(), live.Tenants.ToString(), accepter.ToString(), live.Fixtures.ToString() })
        {
            printout.ShouldNotContain("ACCEPTERAK");
            printout.ShouldNotContain("sk-secret");
            printout.ShouldNotContain("REQUESTERAK");
        }
    }

    [TestCase(SettingNames.AccepterAccessKey, SettingNames.AccepterAccessKey)]
    [TestCase(SettingNames.RequesterSecretKey, SettingNames.RequesterSecretKey)]
    [TestCase(SettingNames.AccepterProjectId, SettingNames.AccepterProjectId)]
    public void With_aksk_a_key_pair_given_in_part_names_the_missing_variable(string missing, string named)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name => name == missing ? null : AkSk()(name)));

        error.Variable.ShouldBe(named);
        error.Message.ShouldNotContain("sk-secret");
    }

    [Test]
    public void With_aksk_a_missing_tenant_is_named_by_its_access_key_variable()
    {
        string[] requesterKeys = [SettingNames.RequesterAccessKey, SettingNames.RequesterSecretKey, SettingNames.RequesterProjectId];

        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name => requesterKeys.Contains(name) ? null : AkSk()(name)))
            .Variable.ShouldBe(SettingNames.RequesterAccessKey);
    }

    [Test]
    public void With_tokens_the_tenants_are_tokens_and_printouts_mask_them()
    {
        var live = TargetSettings.Load(ApiTarget.GetValueOrDefault).Live.ShouldNotBeNull();

        live.Tenants.Tokens.ShouldNotBeNull().Accepter.ShouldBe("accepter-secret");
        live.Tenants.Accepter.ShouldBeOfType<TokenCredentials>().Variable.ShouldBe(SettingNames.AccepterToken);
        live.ToString().ShouldNotContain("-secret");
    }

    private static Func<string, string?> AkSk()
    {
        var values = new Dictionary<string, string>(ApiTarget)
        {
            [SettingNames.Auth] = "AKSK",
            [SettingNames.AccepterAccessKey] = "ACCEPTERAK",
            [SettingNames.AccepterSecretKey] = "accepter-sk-secret",
            [SettingNames.AccepterProjectId] = "accepter-project",
            [SettingNames.RequesterAccessKey] = "REQUESTERAK",
            [SettingNames.RequesterSecretKey] = "requester-sk-secret",
            [SettingNames.RequesterProjectId] = "requester-project",
        };
        return values.GetValueOrDefault;
    }

    private static Func<string, string?> Without(string name) => key => key == name ? null : ApiTarget.GetValueOrDefault(key);

    private static Func<string, string?> With(string name, string value) => key => key == name ? value : ApiTarget.GetValueOrDefault(key);
}
