using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Plain HTTP calls against a running reference provider, one tenant token per call.</summary>
public sealed class PeeringApi(ReferenceProviderHost host) : IDisposable
{
    public const string Peerings = "v2.0/vpc/peerings";
    private readonly HttpClient http = new() { BaseAddress = host.BaseUrl };

    public static string JsonCreateBody(TenantAccount requester, TenantAccount accepter, string name = "peering-under-test") =>
        new JsonObject
        {
            ["peering"] = new JsonObject
            {
                ["name"] = name,
                ["request_vpc_info"] = new JsonObject { ["vpc_id"] = requester.VpcId },
                ["accept_vpc_info"] = new JsonObject { ["vpc_id"] = accepter.VpcId, ["tenant_id"] = accepter.TenantId },
            },
        }.ToJsonString();

    /// <summary>Creates a PENDING_ACCEPTANCE peering from the requester to the accepter and returns its id.</summary>
    public async Task<string> CreatePendingAsync(string name = "peering-under-test")
    {
        var created = await SendAsync(HttpMethod.Post, Peerings, DefaultTenants.Requester, JsonCreateBody(DefaultTenants.Requester, DefaultTenants.Accepter, name));
        created.Code.ShouldBe(201, created.ToString());
        return created.Peering["id"]!.GetValue<string>();
    }

    public async Task<string> CreateActiveAsync()
    {
        var id = await CreatePendingAsync();
        var accepted = await AcceptAsync(id, DefaultTenants.Accepter);
        accepted.Code.ShouldBe(200, accepted.ToString());
        return id;
    }

    public Task<ApiResponse> RejectAsync(string id, TenantAccount? caller) => SendAsync(HttpMethod.Put, $"{Peerings}/{id}/reject", caller);

    public Task<ApiResponse> AcceptAsync(string id, TenantAccount? caller) => SendAsync(HttpMethod.Put, $"{Peerings}/{id}/accept", caller);

    public Task<ApiResponse> ShowAsync(string id, TenantAccount caller) => SendAsync(HttpMethod.Get, $"{Peerings}/{id}", caller);

    public async Task<string> StatusOfAsync(string id)
    {
        var shown = await ShowAsync(id, DefaultTenants.Accepter);
        shown.Code.ShouldBe(200, shown.ToString());
        return shown.Peering["status"]!.GetValue<string>();
    }

    public Task<ApiResponse> SendAsync(HttpMethod method, string path, TenantAccount? caller, string? body = null, string contentType = "application/json") =>
        SendAsync(method, path, caller?.Token, body is null ? null : new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)));

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        var response = await http.SendAsync(request);
        // The header as sent, read before anything parses it (reading the body does): parsing turns "a;b" into "a; b".
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var sent) ? sent.ToString() : null;
        var body = await response.Content.ReadAsStringAsync();
        return new ApiResponse($"{method} /{path}", response.StatusCode, contentType, body, response);
    }

    public void Dispose() => http.Dispose();
}
