using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Client.Tests.Support;

namespace PeeringContracts.Client.Tests;

/// <summary>A 429 is waited out and the request sent again; the answer says it was throttled.</summary>
public sealed class ThrottleRetryTests
{
    [Test]
    public async Task A_throttled_request_honours_Retry_After_and_the_answer_records_the_throttling()
    {
        var calls = 0;
        await using var stub = await StubServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsync("""{"error_code":"APIGW.0308","error_msg":"throttled"}""");
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"peerings":[],"peerings_links":[]}""");
        });
        using var client = stub.CreateClient();

        var clock = Stopwatch.StartNew();
        var exchange = await client.SendAsync(ApiRequest.List());

        exchange.StatusCode.ShouldBe(200, exchange.Describe());
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(50));
        stub.Received.Count.ShouldBe(2);
        ThrottleEvidence.Of(exchange).ShouldBe("1 answer(s) 429 before this one; waited 1 s in all");
    }

    [Test]
    public async Task A_429_whose_Retry_After_exceeds_the_budget_is_returned_as_it_came()
    {
        await using var stub = await StubServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            await context.Response.WriteAsync("""{"error_code":"APIGW.0308","error_msg":"throttled"}""");
        });
        using var client = stub.CreateClient(timeout: TimeSpan.FromSeconds(2));

        var exchange = await client.SendAsync(ApiRequest.List());

        exchange.StatusCode.ShouldBe(429);
        stub.Received.Count.ShouldBe(1);
        ThrottleEvidence.Of(exchange).ShouldBeNull();
    }
}
