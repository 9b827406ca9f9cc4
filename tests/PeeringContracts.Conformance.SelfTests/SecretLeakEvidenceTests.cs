using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>REJ-012 names a leaked secret by its variable and where it appeared, and shows the exchange with every
/// secret cut out, in whatever encoding the answer carried it.</summary>
public sealed class SecretLeakEvidenceTests
{
    [TestCase("token-in-errors", "in the body at $.")]
    [TestCase("escaped-token-in-errors", "in the body's decoded JSON strings at $.")]
    [TestCase("token-in-reject-header", "in the response header X-Debug-Caller")]
    public async Task A_leaked_token_is_named_by_its_variable_and_place_and_the_exchange_is_shown_redacted(string fault, string where)
    {
        await using var run = await SelfTestRun.StartAsync([fault]);

        var result = await run.RunAsync("REJ-012");

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.Actual.ShouldNotBeNull().ShouldContain(where, Case.Sensitive, result.Message);
        result.Actual.ShouldContain("(status ");
        result.Actual.ShouldEndWith(": PEERING_ACCEPTER_TOKEN", Case.Sensitive, result.Message);
        result.Exchanges.ShouldHaveSingleItem();
        foreach (var tenant in run.Tenants)
        {
            result.Message.ShouldNotContain(tenant.Token);
            result.Message.ShouldNotContain(tenant.Token.Replace("-", "\\u002d", StringComparison.Ordinal));
        }
    }
}
