using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.ProviderStates;

/// <summary><c>POST /_pact/provider-states</c> with <c>{"state", "params", "action": "setup"|"teardown"}</c>, as the
/// Pact verifier sends it; <c>params.name</c>, when given, names the peering a setup makes. Mapped only when provider
/// states are enabled.</summary>
internal static class ProviderStateEndpoint
{
    public const string Path = "/_pact/provider-states";

    public static void Map(IEndpointRouteBuilder app) => app.MapPost(Path, Handle);

    private static async Task<IResult> Handle(HttpContext http, ProviderStateRegistry states)
    {
        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(http.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var read = new FieldReader();
        var state = read.String(body, "state", "state", required: true);
        var action = read.String(body, "action", "action", required: false) ?? "setup";
        var name = read.String(body?["params"] as JsonObject, "name", "params.name", required: false, minLength: 1, maxLength: PeeringFieldLimits.MaxNameLength);
        if (state is null || read.Error is not null)
        {
            return ErrorAnswer.BadRequest(read.Error!);
        }

        if (!ProviderStateRegistry.IsKnown(state))
        {
            return ErrorAnswer.BadRequest($"Unknown provider state '{state}'. Known states: {string.Join(", ", ProviderStateRegistry.Names.Select(name => $"'{name}'"))}.");
        }

        switch (action)
        {
            case "setup":
                return JsonAnswer.With(states.SetUp(state, name));
            case "teardown":
                states.TearDown(state);
                return JsonAnswer.With(new JsonObject());
            default:
                return ErrorAnswer.BadRequest("action must be 'setup' or 'teardown'.");
        }
    }
}
