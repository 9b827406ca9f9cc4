using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeeringContracts.TestSupport;

/// <summary>
/// Runs the scripts that drive the provider's official Node SDK (npm <c>@huaweicloud/huaweicloud-sdk-core</c> and
/// <c>-vpc</c>, installed by the build): <c>scripts/aksk-vectors.mjs</c> and <c>scripts/sdk-round-trip.mjs</c>.
/// The SDK writes an application id under the home folder, so each run gets a temporary one.
/// </summary>
public static class OfficialSdk
{
    /// <summary>The X-Sdk-Date every signing vector carries.</summary>
    public const string VectorDate = "20260115T093000Z";

    private const string RoundTripMarker = "SDK-ROUND-TRIP-RESULT ";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly JsonSerializerOptions VectorJson = new(JsonSerializerDefaults.Web);

    /// <summary>The fixed requests of the vector script, signed by the SDK for <paramref name="endpoint"/> with these keys at <see cref="VectorDate"/>.</summary>
    public static IReadOnlyList<SignedVector> SignVectors(Uri endpoint, string accessKey, string secretKey, string projectId)
    {
        var output = Run("aksk-vectors.mjs", [Endpoint(endpoint), accessKey, secretKey, projectId, VectorDate]);
        return JsonSerializer.Deserialize<List<SignedVector>>(output, VectorJson)
            ?? throw new InvalidOperationException($"scripts/aksk-vectors.mjs printed no vectors: {output}");
    }

    /// <summary>What the SDK reported for each step of <c>scripts/sdk-round-trip.mjs</c> (created, rejected, unknown, wrongSecret).</summary>
    public static JsonObject RoundTrip(Uri endpoint, JsonObject requester, JsonObject accepter)
    {
        var settings = new JsonObject { ["endpoint"] = Endpoint(endpoint), ["requester"] = requester, ["accepter"] = accepter };
        var output = Run("sdk-round-trip.mjs", [settings.ToJsonString()]);
        var line = output.Split('\n').LastOrDefault(text => text.StartsWith(RoundTripMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"scripts/sdk-round-trip.mjs printed no line starting '{RoundTripMarker}':\n{output}");
        return JsonNode.Parse(line[RoundTripMarker.Length..])!.AsObject();
    }

    private static string Endpoint(Uri endpoint) => endpoint.AbsoluteUri.TrimEnd('/');

    private static string Run(string script, IEnumerable<string> arguments)
    {
        var sdk = System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", "@huaweicloud", "huaweicloud-sdk-vpc", "package.json");
        if (!File.Exists(sdk))
        {
            throw new InvalidOperationException($"The official SDK is not installed ({sdk} is missing): build the solution first, or run 'npm ci' in {RepositoryRoot.Path}.");
        }

        var home = Directory.CreateTempSubdirectory("peering-sdk-home-");
        try
        {
            var run = NodeScript.Run(script, arguments, Timeout, environment: new Dictionary<string, string> { ["HOME"] = home.FullName, ["USERPROFILE"] = home.FullName });
            return run.ExitCode == 0 ? run.Output : throw new InvalidOperationException($"node scripts/{script} failed: {run}");
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
