using PeeringContracts.TestSupport;
using PeeringContracts.Broker.Tests.Support;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Broker.Tests;

/// <summary>Verification from a broker that cannot be reached or refuses the credentials: one sentence naming the variable.</summary>
public class BrokerVerificationInputTests
{
    private const string Token = "verify-input-token-61d3";

    [Test]
    public async Task An_unreachable_broker_is_named_by_its_variable()
    {
        var url = ClosedPort.Url();

        var error = await VerifyAsync(url);

        error.Message.ShouldStartWith($"the Pact Broker at PACT_BROKER_BASE_URL ({url.AbsoluteUri}) is unreachable", Case.Sensitive, error.Message);
        error.Message.ShouldNotContain(Token);
    }

    [Test]
    public async Task A_refused_token_is_named_by_its_variable_and_not_shown()
    {
        await using var broker = await BrokerStandIn.StartAsync(new BrokerStandInOptions("Bearer another-token"));

        var error = await VerifyAsync(broker.BaseUrl);

        error.Message.ShouldStartWith($"the Pact Broker at {broker.BaseUrl.AbsoluteUri} refused the credentials in PACT_BROKER_TOKEN", Case.Sensitive, error.Message);
        error.Message.ShouldNotContain(Token);
    }

    private static async Task<PactVerifierException> VerifyAsync(Uri broker)
    {
        var variables = new Dictionary<string, string>
        {
            ["PACT_BROKER_BASE_URL"] = broker.AbsoluteUri,
            ["PACT_BROKER_TOKEN"] = Token,
            ["PACT_PROVIDER_BRANCH"] = "main",
        };
        var settings = BrokerSettings.FromEnvironment(name => variables.GetValueOrDefault(name)).ShouldNotBeNull();
        await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true });
        using var verifier = new PactVerifier("vpc-peering-api");
        verifier.WithHttpEndpoint(provider.BaseUrl).WithBroker(settings);
        return Should.Throw<PactVerifierException>(verifier.Verify);
    }
}
