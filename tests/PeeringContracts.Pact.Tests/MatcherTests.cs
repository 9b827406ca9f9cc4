using PeeringContracts.Pact.Matchers;
namespace PeeringContracts.Pact.Tests;

public class MatcherTests
{
    [Test]
    public void Uuid_is_a_regex_with_a_uuid_generator()
    {
        Match.Uuid().ToString().ShouldBe(
            """{"pact:matcher:type":"regex","regex":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","pact:generator:type":"Uuid","value":"22b76469-08e3-4937-8c1d-7aad34892be1"}""");
    }

    [Test]
    public void From_provider_state_keeps_the_expression_and_the_example()
    {
        Match.FromProviderState("${accepterToken}", "accepter-token-example").ToString().ShouldBe(
            """{"pact:matcher:type":"type","pact:generator:type":"ProviderState","expression":"${accepterToken}","value":"accepter-token-example"}""");
    }

    [Test]
    public void From_provider_state_can_narrow_the_consumer_side_with_another_matcher()
    {
        Match.FromProviderState("/things/${id}", Match.Regex("^/things/[0-9]+$", "/things/1")).ToString().ShouldBe(
            """{"pact:matcher:type":"regex","regex":"^/things/[0-9]+$","pact:generator:type":"ProviderState","expression":"/things/${id}","value":"/things/1"}""");
    }

    [Test]
    public void Each_like_holds_one_example_per_required_element_and_nested_matchers()
    {
        Match.EachLike(new { id = Match.Integer(1) }, min: 2).ToString().ShouldBe(
            """{"pact:matcher:type":"type","min":2,"value":[{"id":{"pact:matcher:type":"integer","value":1}},{"id":{"pact:matcher:type":"integer","value":1}}]}""");
    }

    [Test]
    public void Date_time_include_and_status_class_use_the_core_names()
    {
        Match.DateTime("yyyy-MM-dd'T'HH:mm:ss", "2024-05-01T10:00:00").ToString().ShouldBe(
            """{"pact:matcher:type":"datetime","format":"yyyy-MM-dd'T'HH:mm:ss","value":"2024-05-01T10:00:00"}""");
        Match.Include("REJECT").ToString().ShouldBe("""{"pact:matcher:type":"include","value":"REJECT"}""");
        Match.StatusClass(StatusClass.ClientError, 409).ToString().ShouldBe(
            """{"pact:matcher:type":"statusCode","status":"clientError","value":409}""");
    }

    [Test]
    public void A_regex_whose_example_does_not_match_is_refused_at_once()
    {
        var failure = Should.Throw<ArgumentException>(() => Match.Regex("^[0-9]+$", "abc"));

        failure.Message.ShouldStartWith("the example 'abc' does not match the regex '^[0-9]+$' it illustrates.");
    }
}
