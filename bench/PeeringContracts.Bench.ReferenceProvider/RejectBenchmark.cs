using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Bench.ReferenceProvider;

/// <summary>Creates fresh pending peerings (untimed), then times only the rejects, each client rejecting its share.</summary>
internal sealed class RejectBenchmark(Uri baseUrl) : IDisposable
{
    private const string Peerings = "v2.0/vpc/peerings";
    private readonly HttpClient http = new() { BaseAddress = baseUrl };

    public async Task<BenchmarkResult> RunAsync(int clients, int rejects)
    {
        var pending = new ConcurrentQueue<string>(await CreatePendingAsync(rejects));
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (pending.TryDequeue(out var id))
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Put, $"{Peerings}/{id}/reject");
                request.Headers.Add("X-Auth-Token", DefaultTenants.Accepter.Token);
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"PUT /{Peerings}/{id}/reject answered {(int)response.StatusCode}; expected 200.");
                }
            }
        }));
        return new BenchmarkResult(rejects, clock.Elapsed, [.. latencies.Order()]);
    }

    public void Dispose() => http.Dispose();

    private async Task<string[]> CreatePendingAsync(int count)
    {
        var body = new JsonObject
        {
            ["peering"] = new JsonObject
            {
                ["name"] = "bench",
                ["request_vpc_info"] = new JsonObject { ["vpc_id"] = DefaultTenants.Requester.VpcId },
                ["accept_vpc_info"] = new JsonObject { ["vpc_id"] = DefaultTenants.Accepter.VpcId, ["tenant_id"] = DefaultTenants.Accepter.TenantId },
            },
        }.ToJsonString();
        var ids = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, cancellation) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Peerings) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Auth-Token", DefaultTenants.Requester.Token);
            using var response = await http.SendAsync(request, cancellation);
            var created = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellation));
            ids.Add(created?["peering"]?["id"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"POST /{Peerings} answered {(int)response.StatusCode} without a peering id."));
        });
        return [.. ids];
    }
}
