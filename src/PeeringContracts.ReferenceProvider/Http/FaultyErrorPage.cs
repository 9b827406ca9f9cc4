using System.Net;
using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>The error renderings of the <c>html-error-pages</c> and <c>stack-trace-in-errors</c> faults: they leak a
/// real stack trace on purpose, so that the suite can prove it notices.</summary>
internal static class FaultyErrorPage
{
    public static Task WriteHtmlAsync(HttpContext httpContext, int statusCode)
    {
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html><head><title>Error {statusCode}</title></head>
            <body><h1>An unhandled exception occurred while processing the request.</h1>
            <pre>{WebUtility.HtmlEncode(LeakedException())}</pre></body></html>
            """;
        return httpContext.Response.WriteAsync(html);
    }

    public static JsonObject WithStackTrace(JsonObject body)
    {
        var leaky = (JsonObject)body.DeepClone();
        if (leaky["NeutronError"] is JsonObject error)
        {
            error["detail"] = LeakedException();
        }

        return leaky;
    }

    private static string LeakedException() =>
        $"System.InvalidOperationException: Sequence contains no matching element{Environment.NewLine}{Environment.StackTrace}";
}
