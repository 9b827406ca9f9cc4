using System.Diagnostics;
using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>
/// Tests of single faults: with the fault on, the behaviour its catalogue row names changes, and a neighbouring clean
/// behaviour does not (so that each fault is caught by the requirements the self-test names and not by accident).
/// </summary>
public sealed class FaultSwitchTests
{
    [Test]
    [CoversFault("wrapped-reject-body")]
    public Task Wrapped_reject_body() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Json["id"].ShouldBeNull(rejected.ToString());
        rejected.Peering["id"]!.GetValue<string>().ShouldBe(id, rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("missing-name-field")]
    public Task Missing_name_field() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Json.AsObject().ContainsKey("name").ShouldBeFalse(rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
    });

    [Test]
    [CoversFault("lowercase-status")]
    public Task Lowercase_status() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Json["status"]!.GetValue<string>().ShouldBe("rejected", rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("wrong-field-types")]
    public Task Wrong_field_types() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);

        rejected.Json["id"]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.Number, rejected.ToString());
        rejected.Json["request_vpc_info"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.VpcId, rejected.ToString());
        rejected.Json["accept_vpc_info"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.VpcId, rejected.ToString());
    });

    [Test]
    [CoversFault("over-long-name")]
    public Task Over_long_name() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync("short-name");
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        var echoed = rejected.Json["name"]!.GetValue<string>();
        echoed.Length.ShouldBeGreaterThan(64, rejected.ToString());
        echoed.ShouldStartWith("short-name");
        (await api.ShowAsync(id, DefaultTenants.Accepter)).Peering["name"]!.GetValue<string>().ShouldBe("short-name");
    });

    [Test]
    [CoversFault("wrong-id")]
    public Task Wrong_id() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        var answered = rejected.Json["id"]!.GetValue<string>();
        answered.ShouldNotBe(id, rejected.ToString());
        Guid.TryParseExact(answered, "D", out _).ShouldBeTrue(rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("swapped-vpc-infos")]
    public Task Swapped_vpc_infos() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);

        rejected.Json["request_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Accepter.VpcId, rejected.ToString());
        rejected.Json["accept_vpc_info"]!["vpc_id"]!.GetValue<string>().ShouldBe(DefaultTenants.Requester.VpcId, rejected.ToString());
    });

    [Test]
    [CoversFault("status-not-persisted")]
    public Task Status_not_persisted() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var listed = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?status=REJECTED&id={id}", DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
        listed.Json["peerings"]!.AsArray().ShouldBeEmpty(listed.ToString());
    });

    [Test]
    [CoversFault("reject-from-active")]
    public Task Reject_from_active() => WithFaultAsync(async api =>
    {
        var id = await api.CreateActiveAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(409);
    });

    [Test]
    [CoversFault("accept-after-reject")]
    public Task Accept_after_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var accepted = await api.AcceptAsync(id, DefaultTenants.Accepter);

        accepted.Code.ShouldBe(200, accepted.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    });

    [Test]
    [CoversFault("500-on-second-reject")]
    public Task Error_500_on_second_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var first = await api.RejectAsync(id, DefaultTenants.Accepter);
        var second = await api.RejectAsync(id, DefaultTenants.Accepter);

        first.Code.ShouldBe(200, first.ToString());
        second.Code.ShouldBe(500, second.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(await api.CreateActiveAsync(), DefaultTenants.Accepter)).Code.ShouldBe(409);
    });

    [Test]
    [CoversFault("200-on-unknown-id")]
    public Task Ok_200_on_unknown_id() => WithFaultAsync(async api =>
    {
        var unknown = Guid.NewGuid().ToString();
        var rejected = await api.RejectAsync(unknown, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Json["id"]!.GetValue<string>().ShouldBe(unknown, rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        (await api.ShowAsync(unknown, DefaultTenants.Accepter)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("500-on-unknown-id")]
    public Task Error_500_on_unknown_id() => WithFaultAsync(async api =>
    {
        var unknown = Guid.NewGuid().ToString();
        var rejected = await api.RejectAsync(unknown, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(500, rejected.ToString());
        rejected.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("InternalServerError", rejected.ToString());
        rejected.Body.ShouldNotContain("Fault", Case.Sensitive, "a 500 body must not leak the exception message");
        (await api.ShowAsync(unknown, DefaultTenants.Accepter)).Code.ShouldBe(404);
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Outsider)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("500-on-malformed-id")]
    public Task Error_500_on_malformed_id() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync("not-a-uuid", DefaultTenants.Accepter);

        rejected.Code.ShouldBe(500, rejected.ToString());
        (await api.ShowAsync("not-a-uuid", DefaultTenants.Accepter)).Code.ShouldBe(400);
        (await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("html-error-pages")]
    public Task Html_error_pages() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var unauthenticated = await api.RejectAsync(Guid.NewGuid().ToString(), null);

        rejected.Code.ShouldBe(404, rejected.ToString());
        rejected.ContentType.ShouldBe("text/html; charset=utf-8", rejected.ToString());
        rejected.Body.ShouldContain("Exception", Case.Sensitive, rejected.ToString());
        rejected.Body.ShouldContain(" at ", Case.Sensitive, rejected.ToString());
        unauthenticated.Code.ShouldBe(401, unauthenticated.ToString());
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter)).ContentType.ShouldBe("application/json; charset=utf-8");
    });

    [Test]
    [CoversFault("stack-trace-in-errors")]
    public Task Stack_trace_in_errors() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);

        rejected.Code.ShouldBe(404, rejected.ToString());
        rejected.Json["NeutronError"]!["type"]!.GetValue<string>().ShouldBe("PeeringNotFound", rejected.ToString());
        rejected.Json["NeutronError"]!["detail"]!.GetValue<string>().ShouldContain(" at ", Case.Sensitive, rejected.ToString());
    });

    [Test]
    [CoversFault("token-in-errors")]
    public Task Token_in_errors() => WithFaultAsync(async api =>
    {
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var forged = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{Guid.NewGuid()}/reject", "forged-token", null);

        unknown.Code.ShouldBe(404, unknown.ToString());
        unknown.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain(DefaultTenants.Accepter.Token, Case.Sensitive, unknown.ToString());
        forged.Code.ShouldBe(401, forged.ToString());
        forged.Json["error_msg"]!.GetValue<string>().ShouldContain("forged-token", Case.Sensitive, forged.ToString());
    });

    [Test]
    [CoversFault("escaped-token-in-errors")]
    public Task Escaped_token_in_errors() => WithFaultAsync(async api =>
    {
        var notFound = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var escaped = DefaultTenants.Accepter.Token.Replace("-", "\\u002d", StringComparison.Ordinal);

        notFound.Code.ShouldBe(404, notFound.ToString());
        notFound.Body.ShouldNotContain(DefaultTenants.Accepter.Token, Case.Sensitive, notFound.ToString());
        notFound.Body.ShouldContain(escaped, Case.Sensitive, notFound.ToString());
        notFound.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain(DefaultTenants.Accepter.Token, Case.Sensitive);
    });

    [Test]
    [CoversFault("token-in-reject-header")]
    public Task Token_in_reject_header() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Message.Headers.GetValues("X-Debug-Caller").ShouldBe([DefaultTenants.Accepter.Token]);
        rejected.Body.ShouldNotContain(DefaultTenants.Accepter.Token, Case.Sensitive);
    });

    [Test]
    [CoversFault("no-auth")]
    public Task No_auth() => WithFaultAsync(async api =>
    {
        var withoutToken = await api.RejectAsync(await api.CreatePendingAsync(), null);
        var badToken = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", "forged-token", null);

        withoutToken.Code.ShouldBe(200, withoutToken.ToString());
        badToken.Code.ShouldBe(200, badToken.ToString());
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Requester)).Code.ShouldBe(403);
    });

    [Test]
    [CoversFault("any-credentials-accepted")]
    public Task Any_credentials_accepted() => WithFaultAsync(async api =>
    {
        var withoutToken = await api.RejectAsync(await api.CreatePendingAsync(), null);
        var badToken = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", "forged-token", null);

        withoutToken.Code.ShouldBe(401, withoutToken.ToString());
        badToken.Code.ShouldBe(200, badToken.ToString());
    });

    [Test]
    [CoversFault("403-for-invalid-token")]
    public Task Forbidden_403_for_invalid_token() => WithFaultAsync(async api =>
    {
        var withoutToken = await api.RejectAsync(await api.CreatePendingAsync(), null);
        var badToken = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", "forged-token", null);

        withoutToken.Code.ShouldBe(401, withoutToken.ToString());
        badToken.Code.ShouldBe(403, badToken.ToString());
    });

    [Test]
    [CoversFault("token-prefix-accepted")]
    public Task Token_prefix_accepted() => WithFaultAsync(async api =>
    {
        var cut = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", DefaultTenants.Accepter.Token[..^1], null);
        var extended = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", DefaultTenants.Accepter.Token + "x", null);

        cut.Code.ShouldBe(200, cut.ToString());
        extended.Code.ShouldBe(401, extended.ToString());
    });

    [Test]
    [CoversFault("id-spelling-skips-ownership")]
    public Task Id_spelling_skips_ownership() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var lowerCase = await api.RejectAsync(id, DefaultTenants.Requester);
        var upperCase = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id.ToUpperInvariant()}/reject", DefaultTenants.Requester);

        lowerCase.Code.ShouldBe(403, lowerCase.ToString());
        upperCase.Code.ShouldBe(200, upperCase.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("500-on-nil-uuid")]
    public Task Error_500_on_nil_uuid() => WithFaultAsync(async api =>
    {
        var nil = await api.RejectAsync(Guid.Empty.ToString(), DefaultTenants.Accepter);
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);

        nil.Code.ShouldBe(500, nil.ToString());
        unknown.Code.ShouldBe(404, unknown.ToString());
    });

    [Test]
    [CoversFault("plain-text-refusal-to-requester")]
    public Task Plain_text_refusal_to_requester() => WithFaultAsync(async api =>
    {
        var refused = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Requester);

        refused.Code.ShouldBe(403, refused.ToString());
        refused.ContentType.ShouldStartWith("text/plain", Case.Sensitive, refused.ToString());
        refused.Body.ShouldBe("Forbidden");
    });

    [Test]
    [CoversFault("outsider-can-reject")]
    public Task Outsider_can_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Outsider);

        rejected.Code.ShouldBe(200, rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Requester)).Code.ShouldBe(403);
    });

    [Test]
    [CoversFault("requester-can-reject")]
    public Task Requester_can_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Requester);

        rejected.Code.ShouldBe(200, rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Outsider)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("refused-reject-half-applied")]
    public Task Refused_reject_half_applied() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var refused = await api.RejectAsync(id, DefaultTenants.Requester);

        refused.Code.ShouldBe(403, refused.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
        (await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Outsider)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("refused-reject-applied-later")]
    public Task Refused_reject_applied_later() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var refused = await api.RejectAsync(id, DefaultTenants.Requester);

        refused.Code.ShouldBe(403, refused.ToString());
        for (var show = 1; show <= 3; show++)
        {
            (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE", $"show {show} after the refused reject");
        }

        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("refused-accept-touches-updated-at")]
    public Task Refused_accept_touches_updated_at() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var before = (await api.ShowAsync(id, DefaultTenants.Accepter)).Json["peering"]!["updated_at"]!.GetValue<string>();

        var refused = await api.AcceptAsync(id, DefaultTenants.Accepter);
        var after = (await api.ShowAsync(id, DefaultTenants.Accepter)).Json["peering"]!;

        refused.Code.ShouldBe(409, refused.ToString());
        after["status"]!.GetValue<string>().ShouldBe("REJECTED");
        after["updated_at"]!.GetValue<string>().ShouldNotBe(before);
    });

    [Test]
    [CoversFault("text-plain-content-type")]
    public Task Text_plain_content_type() => WithFaultAsync(async api =>
    {
        var rejected = await api.RejectAsync(await api.CreatePendingAsync(), DefaultTenants.Accepter);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.ContentType.ShouldBe("text/plain; charset=utf-8", rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
    });

    [Test]
    [CoversFault("reject-returns-202")]
    public Task Reject_returns_202() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(202, rejected.ToString());
        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("get-rejects")]
    public Task Get_rejects() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var got = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter);
        var posted = await api.SendAsync(HttpMethod.Post, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", DefaultTenants.Accepter);

        got.Code.ShouldBe(200, got.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        posted.Code.ShouldBe(405, posted.ToString());
    });

    [Test]
    [CoversFault("patch-rejects")]
    public Task Patch_rejects() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var patched = await api.SendAsync(HttpMethod.Patch, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter);
        var got = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}/{await api.CreatePendingAsync()}/reject", DefaultTenants.Accepter);

        patched.Code.ShouldBe(200, patched.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        got.Code.ShouldBe(405, got.ToString());
    });

    [Test]
    [CoversFault("500-on-form-body")]
    public Task Error_500_on_form_body() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var form = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter, "status=ACTIVE", "application/x-www-form-urlencoded");
        var json = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter, "{}");

        form.Code.ShouldBe(500, form.ToString());
        json.Code.ShouldBe(200, json.ToString());
    });

    [Test]
    [CoversFault("reject-applies-query-status")]
    public Task Reject_applies_query_status() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject?status=ACTIVE", DefaultTenants.Accepter);

        rejected.Json["status"]!.GetValue<string>().ShouldBe("REJECTED", rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    });

    [Test]
    [CoversFault("names-mangled-beyond-latin1")]
    public Task Names_mangled_beyond_latin1() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync("pc-ü-对等-😀");
        var shown = await api.ShowAsync(id, DefaultTenants.Accepter);
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        shown.Json["peering"]!["name"]!.GetValue<string>().ShouldBe("pc-ü-??-?", shown.ToString());
        rejected.Json["name"]!.GetValue<string>().ShouldBe("pc-ü-对等-😀", rejected.ToString());
    });

    [Test]
    [CoversFault("500-on-reject-body")]
    public Task Error_500_on_reject_body() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var withBody = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter, "{}");
        var statusAfterFailure = await api.StatusOfAsync(id);
        var withoutBody = await api.RejectAsync(id, DefaultTenants.Accepter);

        withBody.Code.ShouldBe(500, withBody.ToString());
        statusAfterFailure.ShouldBe("PENDING_ACCEPTANCE");
        withoutBody.Code.ShouldBe(200, withoutBody.ToString());
    });

    [Test]
    [CoversFault("empty-error-on-malformed-id")]
    public Task Empty_error_on_malformed_id() => WithFaultAsync(async api =>
    {
        var malformed = await api.RejectAsync("not-a-uuid", DefaultTenants.Accepter);
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);

        malformed.Code.ShouldBe(400, malformed.ToString());
        malformed.Body.ShouldBe("{}", malformed.ToString());
        unknown.Json["NeutronError"].ShouldNotBeNull(unknown.ToString());
    });

    [Test]
    [CoversFault("500-for-wrong-state")]
    public Task Error_500_for_wrong_state() => WithFaultAsync(async api =>
    {
        var active = await api.CreateActiveAsync();
        var pending = await api.CreatePendingAsync();

        (await api.RejectAsync(active, DefaultTenants.Accepter)).Code.ShouldBe(500);
        (await api.AcceptAsync(active, DefaultTenants.Accepter)).Code.ShouldBe(500);
        (await api.StatusOfAsync(active)).ShouldBe("ACTIVE");
        (await api.RejectAsync(pending, DefaultTenants.Requester)).Code.ShouldBe(403);
    });

    [Test]
    [CoversFault("race-both-succeed")]
    public Task Race_both_succeed() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var accept = api.AcceptAsync(id, DefaultTenants.Accepter);
        var reject = api.RejectAsync(id, DefaultTenants.Accepter);

        (await accept).Code.ShouldBe(200, (await accept).ToString());
        (await reject).Code.ShouldBe(200, (await reject).ToString());
    });

    [Test]
    [CoversFault("500-on-concurrent-reject")]
    public Task Concurrent_reject_500() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var answers = await Task.WhenAll(api.RejectAsync(id, DefaultTenants.Accepter), api.RejectAsync(id, DefaultTenants.Accepter));

        answers.Select(answer => answer.Code).Order().ToArray().ShouldBe([200, 500], string.Join("\n", answers.Select(answer => answer.ToString())));
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(409);
    });

    [Test]
    [CoversFault("connection-reset-on-reject")]
    public Task Connection_reset_on_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();

        await Should.ThrowAsync<HttpRequestException>(() => api.RejectAsync(id, DefaultTenants.Accepter));
        (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    });

    [Test]
    [CoversFault("requester-sees-pending")]
    public Task Requester_sees_pending() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var listed = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?id={id}", DefaultTenants.Requester);

        (await api.ShowAsync(id, DefaultTenants.Requester)).Peering["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE");
        listed.Json["peerings"]![0]!["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE", listed.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("refusal-reveals-peering")]
    public Task Refusal_reveals_peering() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync("secret-project");
        var refused = await api.RejectAsync(id, DefaultTenants.Outsider);
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Outsider);

        refused.Code.ShouldBe(404, refused.ToString());
        refused.Body.ShouldContain("secret-project", Case.Sensitive, refused.ToString());
        refused.Body.ShouldContain(DefaultTenants.Requester.VpcId, Case.Sensitive, refused.ToString());
        unknown.Code.ShouldBe(404, unknown.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("PENDING_ACCEPTANCE");
    });

    [Test]
    [CoversFault("reject-resurrects-deleted")]
    public Task Reject_resurrects_deleted() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        (await api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Accepter)).Code.ShouldBe(204);
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(404, rejected.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("REJECTED");
        (await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("400-on-json-type-without-body")]
    public Task Error_400_on_json_type_without_body() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var typed = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}/reject", DefaultTenants.Accepter, "", "application/json");
        var statusAfterRefusal = await api.StatusOfAsync(id);
        var bare = await api.RejectAsync(id, DefaultTenants.Accepter);

        typed.Code.ShouldBe(400, typed.ToString());
        statusAfterRefusal.ShouldBe("PENDING_ACCEPTANCE");
        bare.Code.ShouldBe(200, bare.ToString());
    });

    [Test]
    [CoversFault("no-tenant-ids-in-reject")]
    public Task No_tenant_ids_in_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Json["request_vpc_info"]!.AsObject().ContainsKey("tenant_id").ShouldBeFalse(rejected.ToString());
        rejected.Json["accept_vpc_info"]!.AsObject().ContainsKey("tenant_id").ShouldBeFalse(rejected.ToString());
        (await api.ShowAsync(id, DefaultTenants.Accepter)).Peering["accept_vpc_info"]!["tenant_id"].ShouldNotBeNull();
    });

    [Test]
    [CoversFault("requester-accepts-rejected")]
    public Task Requester_accepts_rejected() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var pendingAccept = await api.AcceptAsync(id, DefaultTenants.Requester);
        (await api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var accepterAccept = await api.AcceptAsync(id, DefaultTenants.Accepter);
        var requesterAccept = await api.AcceptAsync(id, DefaultTenants.Requester);

        pendingAccept.Code.ShouldBe(403, pendingAccept.ToString());
        accepterAccept.Code.ShouldBe(409, accepterAccept.ToString());
        requesterAccept.Code.ShouldBe(200, requesterAccept.ToString());
        (await api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    });

    [Test]
    [CoversFault("reject-clears-description")]
    public Task Reject_clears_description() => WithFaultAsync(async api =>
    {
        const string description = "kept until the reject";
        var rejectedId = await api.CreatePendingAsync();
        var acceptedId = await api.CreatePendingAsync();
        foreach (var id in new[] { rejectedId, acceptedId })
        {
            var described = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{id}", DefaultTenants.Requester, $$$"""{"peering":{"description":"{{{description}}}"}}""");
            described.Peering["description"]!.GetValue<string>().ShouldBe(description, described.ToString());
        }

        var rejected = await api.RejectAsync(rejectedId, DefaultTenants.Accepter);
        (await api.AcceptAsync(acceptedId, DefaultTenants.Accepter)).Code.ShouldBe(200);

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejected.Json.AsObject().ContainsKey("description").ShouldBeFalse(rejected.ToString());
        (await api.ShowAsync(rejectedId, DefaultTenants.Accepter)).Peering.ContainsKey("description").ShouldBeFalse();
        (await api.ShowAsync(acceptedId, DefaultTenants.Accepter)).Peering["description"]!.GetValue<string>().ShouldBe(description);
    });

    [Test]
    [CoversFault("reject-overwrites-siblings")]
    public Task Reject_overwrites_siblings() => WithFaultAsync(async api =>
    {
        var siblingId = await api.CreatePendingAsync();
        var pendingId = await api.CreatePendingAsync();
        (await api.RejectAsync(siblingId, DefaultTenants.Accepter)).Code.ShouldBe(200);
        var rejectedId = await api.CreatePendingAsync();
        var described = await api.SendAsync(HttpMethod.Put, $"{PeeringApi.Peerings}/{rejectedId}", DefaultTenants.Requester, """{"peering":{"description":"the rejected one's"}}""");
        described.Code.ShouldBe(200, described.ToString());

        (await api.RejectAsync(rejectedId, DefaultTenants.Accepter)).Code.ShouldBe(200);

        (await api.ShowAsync(siblingId, DefaultTenants.Accepter)).Peering["description"]!.GetValue<string>().ShouldBe("the rejected one's");
        (await api.ShowAsync(pendingId, DefaultTenants.Accepter)).Peering.ContainsKey("description").ShouldBeFalse();
        (await api.StatusOfAsync(pendingId)).ShouldBe("PENDING_ACCEPTANCE");
    });

    [Test]
    [CoversFault("reject-unknown-creates-record")]
    public Task Reject_unknown_creates_record() => WithFaultAsync(async api =>
    {
        var unknownId = Guid.NewGuid().ToString();
        var deletedId = await api.CreatePendingAsync();
        (await api.SendAsync(HttpMethod.Delete, $"{PeeringApi.Peerings}/{deletedId}", DefaultTenants.Accepter)).Code.ShouldBe(204);

        var rejected = await api.RejectAsync(unknownId, DefaultTenants.Accepter);
        var rejectedDeleted = await api.RejectAsync(deletedId, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(404, rejected.ToString());
        (await api.StatusOfAsync(unknownId)).ShouldBe("REJECTED");
        rejectedDeleted.Code.ShouldBe(404, rejectedDeleted.ToString());
        (await api.ShowAsync(deletedId, DefaultTenants.Accepter)).Code.ShouldBe(404);
    });

    [Test]
    [CoversFault("fractional-timestamps-in-reject")]
    public Task Fractional_timestamps_in_reject() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var shown = await api.ShowAsync(id, DefaultTenants.Accepter);

        rejected.Json["created_at"]!.GetValue<string>().ShouldBe($"{shown.Peering["created_at"]!.GetValue<string>()}.000Z", rejected.ToString());
        rejected.Json["updated_at"]!.GetValue<string>().ShouldEndWith(".000Z", Case.Sensitive, rejected.ToString());
        shown.Peering["updated_at"]!.GetValue<string>().ShouldNotContain(".", Case.Sensitive, shown.ToString());
    });

    [Test]
    [CoversFault("stale-pending-listing")]
    public Task Stale_pending_listing() => WithFaultAsync(async api =>
    {
        var rejectedId = await api.CreatePendingAsync();
        var pendingId = await api.CreatePendingAsync();
        (await api.RejectAsync(rejectedId, DefaultTenants.Accepter)).Code.ShouldBe(200);

        var underPending = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?status=PENDING_ACCEPTANCE", DefaultTenants.Accepter);
        var underRejected = await api.SendAsync(HttpMethod.Get, $"{PeeringApi.Peerings}?status=REJECTED", DefaultTenants.Accepter);

        underPending.Json["peerings"]!.AsArray().Select(peering => peering!["id"]!.GetValue<string>()).ShouldBe([rejectedId, pendingId], ignoreOrder: true);
        underRejected.Json["peerings"]!.AsArray().Select(peering => peering!["id"]!.GetValue<string>()).ShouldBe([rejectedId]);
        (await api.StatusOfAsync(rejectedId)).ShouldBe("REJECTED");
    });

    [Test]
    [CoversFault("400-on-unknown-id")]
    public Task Error_400_on_unknown_id() => WithFaultAsync(async api =>
    {
        var id = await api.CreatePendingAsync();
        var unknown = await api.RejectAsync(Guid.NewGuid().ToString(), DefaultTenants.Accepter);
        var outsider = await api.RejectAsync(id, DefaultTenants.Outsider);

        unknown.Code.ShouldBe(400, unknown.ToString());
        unknown.Json["NeutronError"].ShouldNotBeNull(unknown.ToString());
        outsider.Code.ShouldBe(404, outsider.ToString());
    });

    [Test]
    [CoversFault("slow-reject")]
    public async Task Slow_reject()
    {
        // Long enough that an undelayed show stays well under it on a loaded machine.
        var delay = TimeSpan.FromSeconds(1);
        await using var host = await ReferenceProviderHost.StartAsync(new() { Faults = [CoversFaultAttribute.OfCurrentTest()], SlowRejectDelay = delay });
        using var api = new PeeringApi(host);
        var id = await api.CreatePendingAsync();

        var clock = Stopwatch.StartNew();
        var rejected = await api.RejectAsync(id, DefaultTenants.Accepter);
        var rejectTime = clock.Elapsed;
        clock.Restart();
        await api.StatusOfAsync(id);
        var showTime = clock.Elapsed;

        rejected.Code.ShouldBe(200, rejected.ToString());
        rejectTime.ShouldBeGreaterThanOrEqualTo(delay - TimerSlack.AtMost);
        showTime.ShouldBeLessThan(delay);
    }

    /// <summary>Runs the test against a provider with the fault its <see cref="CoversFaultAttribute"/> names.</summary>
    private static Task WithFaultAsync(Func<PeeringApi, Task> test) =>
        IsolatedProvider.RunAsync(new() { Faults = [CoversFaultAttribute.OfCurrentTest()] }, test);
}
