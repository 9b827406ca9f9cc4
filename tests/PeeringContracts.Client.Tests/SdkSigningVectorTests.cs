using PeeringContracts.Client.Tests.Support;
using PeeringContracts.Signing;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Client.Tests;

/// <summary>The client signs exactly as the official Node SDK does: same requests, same keys, same date, same headers on the wire.</summary>
public sealed class SdkSigningVectorTests
{
    private static readonly AkSkCredentials Keys = new("VECTORAK000000000001", "vector-secret-key-0123456789", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c");

    [Test]
    public async Task Every_vector_goes_out_with_the_headers_the_official_SDK_computes_byte_for_byte()
    {
        await using var stub = await StubServer.StartAsync(Samples.Json(200, "{}"));
        var vectors = OfficialSdk.SignVectors(stub.BaseUrl, Keys.AccessKey, Keys.SecretKey, Keys.ProjectId);
        using var client = new PeeringApiClient(new PeeringClientOptions(stub.BaseUrl, null, TimeSpan.FromSeconds(30)) { AkSk = Keys });
        var signingTime = SdkSigningDate.Parse(OfficialSdk.VectorDate)!.Value;

        foreach (var vector in vectors)
        {
            await client.SendAsync(new ApiRequest(new HttpMethod(vector.Method), vector.PathAndQuery)
            {
                JsonBody = vector.Body,
                ContentType = vector.ContentType,
                SigningTimeOverride = signingTime,
            });
        }

        var mismatches = vectors.Zip(stub.Received)
            .SelectMany(pair => pair.First.Headers
                .Where(header => pair.Second.Header(header.Key) != header.Value)
                .Select(header => $"{pair.First}: {header.Key} expected (SDK) '{header.Value}', sent '{pair.Second.Header(header.Key) ?? "(none)"}'"));
        vectors.ShouldNotBeEmpty();
        stub.Received.Count.ShouldBe(vectors.Count);
        mismatches.ShouldBeEmpty();
    }
}
