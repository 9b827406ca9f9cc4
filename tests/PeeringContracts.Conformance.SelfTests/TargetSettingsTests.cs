using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Misconfiguration ends a run with one message naming the variable; good settings parse as documented.</summary>
public sealed class TargetSettingsTests
{
    private static readonly Dictionary<string, string> ApiTarget = new()
    {
        [Setting.BaseUrl] = "https://vpc.example.test",
        [Setting.AccepterToken] = "accepter-secret",
        [Setting.RequesterToken] = "requester-secret",
        [Setting.RequesterVpcId] = "9daeac7c-a98f-430f-8e38-67f9c044e299",
        [Setting.AccepterVpcId] = "f583c072-0bb8-4e19-afb2-afb7c1693be5",
        [Setting.AccepterTenantId] = "f65e9ebced5d418ba9319a723718ba4e",
    };

    [Test]
    public void No_settings_at_all_mean_the_embedded_provider_with_the_documented_defaults()
    {
        var settings = TargetSettings.Load(_ => null);

        settings.UsesEmbeddedProvider.ShouldBeTrue();
        settings.Fixtures.ShouldBe(FixtureStrategy.Api);
        settings.Profile.ShouldBe(ConformanceProfile.Strict);
        settings.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        settings.SettleWindow.ShouldBe(TimeSpan.Zero, "the embedded provider is strongly consistent");
        settings.Model.ShouldBe(new Model.ModelBudget(MaxCreates: 9, MaxAlive: 5, MaxOperations: 200, TimeSpan.FromSeconds(60), ReplaySeed: null));
    }

    [Test]
    public void A_live_target_gets_a_settle_window_of_one_second_by_default()
    {
        TargetSettings.Load(ApiTarget.GetValueOrDefault).SettleWindow.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [TestCase("0", 0)]
    [TestCase("2.5", 2500)]
    public void The_settle_window_is_read_in_seconds(string value, int milliseconds)
    {
        TargetSettings.Load(With(Setting.SettleSeconds, value)).SettleWindow.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [TestCase("PEERING_ACCEPTER_TOKEN")]
    [TestCase("PEERING_REQUESTER_TOKEN")]
    [TestCase("PEERING_REQUESTER_VPC_ID")]
    [TestCase("PEERING_ACCEPTER_VPC_ID")]
    [TestCase("PEERING_ACCEPTER_TENANT_ID")]
    public void A_live_target_with_api_fixtures_names_each_missing_setting(string missing)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(Without(missing)));

        error.Problems.ShouldHaveSingleItem().Variable.ShouldBe(missing);
        error.Message.ShouldStartWith(missing);
    }

    [TestCase("PEERING_BASE_URL", "vpc.example.test")]
    [TestCase("PEERING_BASE_URL", "ftp://vpc.example.test")]
    [TestCase("PEERING_FIXTURES", "database")]
    [TestCase("PEERING_PROFILE", "lenient")]
    [TestCase("PEERING_TIMEOUT_SECONDS", "-1")]
    [TestCase("PEERING_TIMEOUT_SECONDS", "ten")]
    [TestCase("PEERING_TIMEOUT_SECONDS", "0")]
    [TestCase("PEERING_SETTLE_SECONDS", "-1")]
    [TestCase("PEERING_SETTLE_SECONDS", "soon")]
    [TestCase("PEERING_SEED", "1.5")]
    [TestCase("PEERING_AUTH", "oauth")]
    [TestCase("PEERING_MODEL_MAX_CREATES", "0")]
    [TestCase("PEERING_MODEL_MAX_ALIVE", "-1")]
    [TestCase("PEERING_MODEL_MAX_OPERATIONS", "many")]
    [TestCase("PEERING_MODEL_SECONDS", "0")]
    public void A_value_that_does_not_parse_is_named_with_its_variable(string name, string value)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(name, value)));

        error.Problems.ShouldHaveSingleItem().Variable.ShouldBe(name);
        error.Message.ShouldContain(value);
    }

    [Test]
    public void Provider_state_fixtures_need_the_state_url_and_preprovisioned_ones_need_ids()
    {
        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(Setting.Fixtures, "provider-state")))
            .Problems.ShouldHaveSingleItem().Variable.ShouldBe(Setting.ProviderStateUrl);
        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(Setting.Fixtures, "preprovisioned")))
            .Problems.ShouldHaveSingleItem().Variable.ShouldBe(Setting.PendingIds);
    }

    [Test]
    public void Every_missing_setting_is_named_at_once_each_in_its_own_sentence()
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name => name == Setting.BaseUrl ? "https://vpc.example.test" : null));

        error.Problems.Select(problem => problem.Variable).ShouldBe(
            [Setting.AccepterToken.Name, Setting.RequesterToken, Setting.RequesterVpcId, Setting.AccepterVpcId, Setting.AccepterTenantId], ignoreOrder: true);
        error.Message.Split('\n').Length.ShouldBe(5, error.Message);
        error.Message.Split('\n').ShouldAllBe(line => line.StartsWith("PEERING_", StringComparison.Ordinal) && line.EndsWith('.'));
    }

    [Test]
    public void Wrong_values_and_missing_ones_are_named_together()
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name =>
            name == Setting.Profile ? "lenient" : name == Setting.TimeoutSeconds ? "ten" : Without(Setting.AccepterToken)(name)));

        error.Problems.Select(problem => problem.Variable).ShouldBe([Setting.Profile.Name, Setting.TimeoutSeconds, Setting.AccepterToken], ignoreOrder: true);
    }

    [TestCase("PEERING_PENDING_IDS", "a-1,b-2", "does not reject preprovisioned peerings")]
    [TestCase("PEERING_PROVIDER_STATE_URL", "https://state.example.test/", "does not use a provider-state endpoint")]
    [TestCase("PEERING_ACCEPTER_AK", "ACCEPTERAK", "'token', which does not read it")]
    public void A_setting_that_the_other_settings_make_meaningless_is_named(string name, string value, string why)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(name, value)));

        error.Problems.ShouldHaveSingleItem().Variable.ShouldBe(name);
        error.Message.ShouldContain(why);
    }

    [Test]
    public void A_timeout_of_zero_is_refused_with_the_range_it_may_take()
    {
        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(With(Setting.TimeoutSeconds, "0")))
            .Message.ShouldBe("PEERING_TIMEOUT_SECONDS: '0' is not a number of seconds above 0 and at most 3600 (0 would give every request no time at all).");
    }

    [Test]
    public void Preprovisioned_ids_are_split_and_trimmed()
    {
        var lookup = With(Setting.Fixtures, "preprovisioned");
        var settings = TargetSettings.Load(name => name == Setting.PendingIds ? " a-1 , b-2,,c-3 " : lookup(name));

        settings.Live.ShouldNotBeNull().Fixtures.ShouldBeOfType<PreprovisionedFixtureSource>().PendingIds.ShouldBe(["a-1", "b-2", "c-3"]);
    }

    [Test]
    public void A_url_with_credentials_is_refused_without_repeating_them()
    {
        var error = Should.Throw<ConformanceConfigurationException>(
            () => TargetSettings.Load(With(Setting.BaseUrl, "https://user:hunter2@vpc.example.test/gateway")));

        error.Problems.ShouldHaveSingleItem().Variable.ShouldBe(Setting.BaseUrl);
        error.Message.ShouldNotContain("hunter2");
    }

    [Test]
    public void A_base_url_with_a_path_prefix_keeps_it()
    {
        TargetSettings.Load(With(Setting.BaseUrl, "https://vpc.example.test/gateway")).Live.ShouldNotBeNull().BaseUrl.AbsoluteUri
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

    [TestCase("PEERING_ACCEPTER_AK", "PEERING_ACCEPTER_AK")]
    [TestCase("PEERING_REQUESTER_SK", "PEERING_REQUESTER_SK")]
    [TestCase("PEERING_ACCEPTER_PROJECT_ID", "PEERING_ACCEPTER_PROJECT_ID")]
    public void With_aksk_a_key_pair_given_in_part_names_the_missing_variable(string missing, string named)
    {
        var error = Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name => name == missing ? null : AkSk()(name)));

        error.Problems.ShouldHaveSingleItem().Variable.ShouldBe(named);
        error.Message.ShouldNotContain("sk-secret");
    }

    [Test]
    public void With_aksk_a_missing_tenant_is_named_by_its_access_key_variable()
    {
        string[] requesterKeys = [Setting.RequesterAccessKey, Setting.RequesterSecretKey, Setting.RequesterProjectId];

        Should.Throw<ConformanceConfigurationException>(() => TargetSettings.Load(name => requesterKeys.Contains(name) ? null : AkSk()(name)))
            .Problems.ShouldHaveSingleItem().Variable.ShouldBe(Setting.RequesterAccessKey);
    }

    [Test]
    public void With_tokens_the_tenants_are_tokens_and_printouts_mask_them()
    {
        var live = TargetSettings.Load(ApiTarget.GetValueOrDefault).Live.ShouldNotBeNull();

        live.Tenants.Tokens.ShouldNotBeNull().Accepter.ShouldBe("accepter-secret");
        live.Tenants.Accepter.ShouldBeOfType<TokenCredentials>().Variable.ShouldBe(Setting.AccepterToken);
        live.ToString().ShouldNotContain("-secret");
    }

    private static Func<string, string?> AkSk()
    {
        var values = new Dictionary<string, string>(ApiTarget.Where(setting => !setting.Key.EndsWith("_TOKEN", StringComparison.Ordinal)))
        {
            [Setting.Auth] = "AKSK",
            [Setting.AccepterAccessKey] = "ACCEPTERAK",
            [Setting.AccepterSecretKey] = "accepter-sk-secret",
            [Setting.AccepterProjectId] = "accepter-project",
            [Setting.RequesterAccessKey] = "REQUESTERAK",
            [Setting.RequesterSecretKey] = "requester-sk-secret",
            [Setting.RequesterProjectId] = "requester-project",
        };
        return values.GetValueOrDefault;
    }

    private static Func<string, string?> Without(string name) => key => key == name ? null : ApiTarget.GetValueOrDefault(key);

    private static Func<string, string?> With(string name, string value) => key => key == name ? value : ApiTarget.GetValueOrDefault(key);
}
