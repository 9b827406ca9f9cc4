using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Verifier;

namespace PeeringContracts.Pact.Tests;

public class BrokerSettingsTests
{
    private static readonly Dictionary<string, string> Minimal = new()
    {
        ["PACT_BROKER_BASE_URL"] = "https://broker.example",
        ["PACT_BROKER_TOKEN"] = "settings-test-token",
        ["PACT_PROVIDER_BRANCH"] = "main",
    };

    [Test]
    public void No_base_url_means_no_broker()
    {
        BrokerSettings.FromEnvironment(_ => null).ShouldBeNull();
        BrokerSettings.FromEnvironment(name => name == "PACT_BROKER_BASE_URL" ? "" : "x").ShouldBeNull();
    }

    [Test]
    public void Defaults_are_main_branch_deployed_or_released_and_matching_branch_with_pending_and_no_publishing()
    {
        var settings = Read(Minimal).ShouldNotBeNull();

        settings.Source.Url.ShouldBe(new Uri("https://broker.example"));
        settings.Source.Token.ShouldBe("settings-test-token");
        settings.Source.ConsumerVersionSelectors.Select(selector => selector.ToJson())
            .ShouldBe(["""{"mainBranch":true}""", """{"deployedOrReleased":true}""", """{"matchingBranch":true}"""]);
        settings.Source.EnablePending.ShouldBeTrue();
        settings.Source.IncludeWipPactsSince.ShouldBeNull();
        settings.Source.ProviderBranch.ShouldBe("main");
        settings.Publish.ShouldBeNull();
    }

    [Test]
    public void Reads_basic_authentication_wip_pending_selectors_and_publishing()
    {
        var settings = Read(new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = "http://127.0.0.1:9292",
            ["PACT_BROKER_USERNAME"] = "verifier",
            ["PACT_BROKER_PASSWORD"] = "settings-test-password",
            ["PACT_ENABLE_PENDING"] = "false",
            ["PACT_INCLUDE_WIP_SINCE"] = "2026-03-01",
            ["PACT_CONSUMER_VERSION_SELECTORS"] = """[{"branch":"release-2"}]""",
            ["PACT_PUBLISH_VERIFICATION_RESULTS"] = "true",
            ["PACT_PROVIDER_VERSION"] = "3.1.0",
            ["PACT_PROVIDER_BRANCH"] = "release-2",
        }).ShouldNotBeNull();

        (settings.Source.Username, settings.Source.Password, settings.Source.Token).ShouldBe(("verifier", "settings-test-password", null));
        settings.Source.EnablePending.ShouldBeFalse();
        settings.Source.IncludeWipPactsSince.ShouldBe(new DateOnly(2026, 3, 1));
        settings.Source.ConsumerVersionSelectors.ShouldHaveSingleItem().Branch.ShouldBe("release-2");
        var publish = settings.Publish.ShouldNotBeNull();
        (publish.ProviderVersion, publish.Branch).ShouldBe(("3.1.0", "release-2"));
    }

    [TestCase("PACT_BROKER_BASE_URL", "broker.example", "PACT_BROKER_BASE_URL must be an http(s) URL without credentials")]
    [TestCase("PACT_BROKER_BASE_URL", "https://user:pw@broker.example", "PACT_BROKER_BASE_URL must be an http(s) URL without credentials")]
    [TestCase("PACT_BROKER_TOKEN", "", "PACT_BROKER_TOKEN is not set: set it (bearer token), or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD")]
    [TestCase("PACT_INCLUDE_WIP_SINCE", "last week", "PACT_INCLUDE_WIP_SINCE must be a date like 2026-01-31, but is 'last week'.")]
    [TestCase("PACT_ENABLE_PENDING", "yes", "PACT_ENABLE_PENDING must be true or false, but is 'yes'.")]
    [TestCase("PACT_PUBLISH_VERIFICATION_RESULTS", "1", "PACT_PUBLISH_VERIFICATION_RESULTS must be true or false, but is '1'.")]
    [TestCase("PACT_CONSUMER_VERSION_SELECTORS", "[]", "PACT_CONSUMER_VERSION_SELECTORS must name at least one selector")]
    [TestCase("PACT_CONSUMER_VERSION_SELECTORS", "{\"mainBranch\":true}", "PACT_CONSUMER_VERSION_SELECTORS must be a JSON array of selectors")]
    [TestCase("PACT_CONSUMER_VERSION_SELECTORS", "[{\"mainBrnch\":true}]", "PACT_CONSUMER_VERSION_SELECTORS must be a JSON array of selectors")]
    public void A_malformed_or_missing_setting_is_one_sentence_naming_its_variable(string variable, string value, string expected)
    {
        var environment = new Dictionary<string, string>(Minimal) { [variable] = value };

        Should.Throw<BrokerSettingsException>(() => Read(environment)).Message.ShouldContain(expected);
    }

    [Test]
    public void A_base_url_with_credentials_is_refused_without_showing_them()
    {
        var environment = new Dictionary<string, string>(Minimal) { ["PACT_BROKER_BASE_URL"] = "https://verifier:url-password-1b7@broker.example" };

        Should.Throw<BrokerSettingsException>(() => Read(environment)).Message.ShouldNotContain("url-password-1b7");
    }

    [Test]
    public void A_username_without_a_password_names_the_password_variable()
    {
        var environment = new Dictionary<string, string>(Minimal) { ["PACT_BROKER_TOKEN"] = "", ["PACT_BROKER_USERNAME"] = "verifier" };

        var error = Should.Throw<BrokerSettingsException>(() => Read(environment));

        error.Message.ShouldBe("PACT_BROKER_PASSWORD is not set: it goes with PACT_BROKER_USERNAME for basic authentication.");
    }

    private static BrokerSettings? Read(IReadOnlyDictionary<string, string> environment) =>
        BrokerSettings.FromEnvironment(name => environment.GetValueOrDefault(name));
}
