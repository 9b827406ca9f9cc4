using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeeringContracts.Loopback;

namespace PeeringContracts.Verification;

/// <summary>
/// The state-change endpoint the Pact verifier calls before and after each interaction (<c>POST {"state", "params",
/// "action"}</c>), hosted by the test on 127.0.0.1 and served by <see cref="ProviderStateSetup"/>.
/// </summary>
public sealed class ProviderStateHost : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ProviderStateHost(LoopbackHost host) => this.host = host;

    public Uri StateUrl => new(host.BaseUrl, "provider-states");

    public static async Task<ProviderStateHost> StartAsync(ProviderStateSetup setup)
    {
        var host = await LoopbackHost.StartAsync(web => web.MapPost("/provider-states", (HttpRequest request) => HandleAsync(request, setup)));
        return new ProviderStateHost(host);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private static async Task<IResult> HandleAsync(HttpRequest request, ProviderStateSetup setup)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        JsonObject? change;
        try
        {
            change = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException malformed)
        {
            return Refuse($"the state-change request is not JSON: {malformed.Message}");
        }

        var state = change?["state"]?.GetValue<string>();
        var action = change?["action"]?.GetValue<string>() ?? "setup";
        if (state is null)
        {
            return Refuse("the state-change request names no 'state'.");
        }

        try
        {
            switch (action)
            {
                case "setup":
                    return Results.Json(await setup.SetUpAsync(state, cancellationToken));
                case "teardown":
                    await setup.TearDownAsync(cancellationToken);
                    return Results.Json(new JsonObject());
                default:
                    return Refuse($"action '{action}' is neither 'setup' nor 'teardown'.");
            }
        }
        catch (ProviderStateException cannot)
        {
            return Refuse(cannot.Message);
        }
    }

    private static IResult Refuse(string reason) => Results.Json(new JsonObject { ["error"] = reason }, statusCode: StatusCodes.Status400BadRequest);
}
