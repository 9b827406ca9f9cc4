using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Loopback;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Broker.Tests.Support;

/// <summary>
/// A test double of the Pact Broker on a <see cref="LoopbackHost"/>, not a broker: it answers the few endpoints of the
/// Pact Broker HAL API that the `pact` CLI and the verifier use, with canned answers, and records every request. A
/// request without <see cref="BrokerStandInOptions.ExpectedAuthorization"/> is refused with 401.
/// </summary>
internal sealed class BrokerStandIn : IAsyncDisposable
{
    public const string ProductionEnvironmentId = "5d8a3c1e-production";

    private const string PactPath = "/pacts/provider/vpc-peering-api/consumer/peering-console/pact-version/1";

    private readonly BrokerStandInOptions options;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private LoopbackHost? host;

    private BrokerStandIn(BrokerStandInOptions options) => this.options = options;

    public Uri BaseUrl => host?.BaseUrl ?? throw new InvalidOperationException("The broker stand-in has not started.");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<BrokerStandIn> StartAsync(BrokerStandInOptions options)
    {
        var standIn = new BrokerStandIn(options);
        standIn.host = await LoopbackHost.StartAsync(standIn.Map);
        return standIn;
    }

    /// <summary>The requests whose path starts with <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        [.. Requests.Where(request => request.Method == method && request.RawTarget.StartsWith(path, StringComparison.Ordinal))];

    private void Map(WebApplication app)
    {
        app.Use(RecordAndAuthorise);
        app.MapGet("/", () => Hal(new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["pb:publish-contracts"] = Link("/contracts/publish"),
                ["pb:provider-pacts-for-verification"] = Link("/pacts/provider/{provider}/for-verification", templated: true),
                ["pb:environments"] = Link("/environments"),
                ["pb:pacticipant-version"] = Link("/pacticipants/{pacticipant}/versions/{version}", templated: true),
            },
        }));
        app.MapPost("/contracts/publish", () => Hal(new JsonObject
        {
            ["notices"] = new JsonArray(new JsonObject { ["type"] = "success", ["text"] = "recorded by the broker stand-in" }),
            ["_embedded"] = new JsonObject(),
            ["_links"] = new JsonObject(),
        }));
        app.MapGet("/pacts/provider/{provider}/for-verification", (string provider) => Hal(new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = Link($"/pacts/provider/{provider}/for-verification") },
        }));
        app.MapPost("/pacts/provider/{provider}/for-verification", () => Hal(new JsonObject
        {
            ["_embedded"] = new JsonObject
            {
                ["pacts"] = new JsonArray(new JsonObject
                {
                    ["shortDescription"] = "latest from peering-console's main branch",
                    ["verificationProperties"] = new JsonObject { ["pending"] = false, ["notices"] = new JsonArray() },
                    ["_links"] = new JsonObject { ["self"] = Link(PactPath) },
                }),
            },
        }));
        app.MapGet(PactPath, () =>
        {
            var pact = JsonNode.Parse(File.ReadAllText(options.ServedPactFile))!.AsObject();
            pact["_links"] = new JsonObject
            {
                ["pb:publish-verification-results"] = Link($"{PactPath}/verification-results"),
                ["pb:provider"] = Link("/pacticipants/vpc-peering-api"),
            };
            return Hal(pact);
        });
        // Before publishing a result with a provider branch, the verifier puts the provider version on that branch.
        app.MapGet("/pacticipants/{pacticipant}", (string pacticipant) => Hal(new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["pb:branch-version"] = Link($"/pacticipants/{pacticipant}/branches/{{branch}}/versions/{{version}}", templated: true),
                ["pb:version-tag"] = Link($"/pacticipants/{pacticipant}/versions/{{version}}/tags/{{tag}}", templated: true),
            },
        }));
        app.MapPut("/pacticipants/{pacticipant}/branches/{branch}/versions/{version}", () => Hal(new JsonObject { ["_links"] = new JsonObject() }));
        app.MapGet("/pacticipants/{pacticipant}/versions/{version}", (string pacticipant, string version) => Hal(new JsonObject
        {
            ["number"] = version,
            ["_links"] = new JsonObject
            {
                ["pb:record-deployment"] = new JsonArray(Link($"/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{ProductionEnvironmentId}", name: "production")),
            },
        }));
        app.MapPost("/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{environment}", () => Hal(new JsonObject { ["_links"] = new JsonObject() }));
        app.MapPost($"{PactPath}/verification-results", () => Hal(new JsonObject { ["_links"] = new JsonObject() }));
        app.MapGet("/matrix", () => Hal(new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["deployable"] = options.Deployable,
                ["reason"] = options.Deployable ? "All required verification results are published and successful" : "The verification between peering-console and vpc-peering-api failed",
                ["success"] = options.Deployable ? 1 : 0,
                ["failed"] = options.Deployable ? 0 : 1,
                ["unknown"] = 0,
            },
            ["matrix"] = new JsonArray(),
            ["notices"] = new JsonArray(),
        }));
    }

    private async Task RecordAndAuthorise(HttpContext context, RequestDelegate next)
    {
        var request = await RecordedRequest.ReadAsync(context.Request);
        requests.Enqueue(request);
        if (request.Header("Authorization") != options.ExpectedAuthorization)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "the broker stand-in expects other credentials" });
            return;
        }

        await next(context);
    }

    private JsonObject Link(string path, bool templated = false, string? name = null)
    {
        var link = new JsonObject { ["href"] = BaseUrl.AbsoluteUri.TrimEnd('/') + path };
        if (templated)
        {
            link["templated"] = true;
        }

        if (name is not null)
        {
            link["name"] = name;
        }

        return link;
    }

    private static IResult Hal(JsonObject body) => Results.Text(body.ToJsonString(), "application/hal+json");

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
