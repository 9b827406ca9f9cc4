using System.Text;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests.Support;

/// <summary>Sends a request exactly as the official SDK signed it, optionally with its headers tampered with first.</summary>
internal static class SignedVectorRequest
{
    public static async Task<ApiResponse> SendAsync(ReferenceProviderHost host, SignedVector vector, Func<string, string, string>? tamper = null)
    {
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var request = new HttpRequestMessage(new HttpMethod(vector.Method), vector.PathAndQuery.TrimStart('/'));
        if (vector.ContentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(vector.Body ?? ""));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", vector.ContentType);
        }

        foreach (var (name, value) in vector.Headers.Where(header => header.Key is not ("host" or "content-type")))
        {
            request.Headers.TryAddWithoutValidation(name, tamper is null ? value : tamper(name, value));
        }

        request.Headers.Host = vector.Header("host");
        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new ApiResponse($"{vector} (signed by the SDK)", response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }
}
