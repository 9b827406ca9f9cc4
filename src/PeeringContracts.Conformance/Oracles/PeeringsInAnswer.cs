using System.Text.Json.Nodes;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>The peerings a success carries: the list's <c>peerings</c>, the accept's and the reject's top-level object,
/// the <c>peering</c> of create, show and update.</summary>
internal static class PeeringsInAnswer
{
    public static IEnumerable<JsonObject> Of(ObservedExchange observed)
    {
        var root = JsonNode.Parse(observed.Exchange.Body);
        var peerings = observed.Operation == ApiOperation.List ? root?["peerings"]?.AsArray().ToArray()
            : observed.Operation == ApiOperation.Accept || observed.Operation == ApiOperation.Reject ? [root]
            : [root?["peering"]];
        return (peerings ?? []).OfType<JsonObject>();
    }
}
