namespace PeeringContracts.Client.Tests;

/// <summary>The printed forms that reach logs and failure messages, word for word, secrets masked.</summary>
public sealed class PrintedFormTests
{
    private static readonly AkSkCredentials Keys = new("PRINTCHECKAK00000001", "print-check-SECRET-key-51c0", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c");

    [Test]
    public void A_request_with_nothing_set_prints_every_field()
    {
        ApiRequest.Show("p-1").ToString().ShouldBe(
            "ApiRequest { Method = GET, Path = /v2.0/vpc/peerings/p-1, JsonBody = , ContentType = , TokenOverride = (none), "
            + "OmitToken = False, AkSkOverride = (none), OmitSignature = False, SigningTimeOverride = (none) }");
    }

    [Test]
    public void A_request_with_everything_set_prints_every_field_with_its_secrets_masked()
    {
        var request = new ApiRequest(HttpMethod.Post, "/x")
        {
            JsonBody = "{}",
            ContentType = "text/plain",
            TokenOverride = "tok-secret",
            OmitToken = true,
            AkSkOverride = Keys,
            OmitSignature = true,
            SigningTimeOverride = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero),
        };

        request.ToString().ShouldBe(
            $"ApiRequest {{ Method = POST, Path = /x, JsonBody = {{}}, ContentType = text/plain, TokenOverride = ***, OmitToken = True, "
            + $"AkSkOverride = {Keys}, OmitSignature = True, SigningTimeOverride = 2026-12-05T10:00:00.0000000+00:00 }}");
    }

    [Test]
    public void Options_print_every_field_with_their_secrets_masked()
    {
        var bare = new PeeringClientOptions(new Uri("http://127.0.0.1/"), null, TimeSpan.FromSeconds(1));
        var full = bare with { Token = "tok-secret", AkSk = Keys };

        bare.ToString().ShouldBe("PeeringClientOptions { BaseUrl = http://127.0.0.1/, Token = (none), AkSk = (none), Timeout = 00:00:01 }");
        full.ToString().ShouldBe($"PeeringClientOptions {{ BaseUrl = http://127.0.0.1/, Token = ***, AkSk = {Keys}, Timeout = 00:00:01 }}");
    }

    [Test]
    public void A_list_query_with_nothing_set_adds_no_query_string()
    {
        ApiRequest.List(new PeeringListQuery()).Path.ShouldBe("/v2.0/vpc/peerings");
    }

    [Test]
    public async Task Null_arguments_are_refused_by_name()
    {
        var options = new PeeringClientOptions(new Uri("http://127.0.0.1/"), null, TimeSpan.FromSeconds(1));
        using var client = new PeeringApiClient(options);

        Should.Throw<ArgumentNullException>(() => new PeeringApiClient(null!)).ParamName.ShouldBe("options");
        Should.Throw<ArgumentNullException>(() => ApiRequest.Show(null!)).ParamName.ShouldBe("peeringId");
        (await Should.ThrowAsync<ArgumentNullException>(() => client.SendAsync(null!))).ParamName.ShouldBe("request");
        (await Should.ThrowAsync<ArgumentNullException>(() => client.CreateAsync(null!))).ParamName.ShouldBe("request");
        (await Should.ThrowAsync<ArgumentNullException>(() => client.UpdateAsync("p-1", null!))).ParamName.ShouldBe("request");
    }
}
