using System.Net;
using System.Text.Json.Nodes;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The error renderings of the <c>html-error-pages</c>, <c>stack-trace-in-errors</c>, <c>token-in-errors</c> and
/// <c>escaped-token-in-errors</c> faults: they leak a real stack trace or the caller's token on purpose, so that the suite can prove it notices.</summary>
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

    /// <summary>Appends the token to the body's message, whichever documented shape it has.</summary>
    public static JsonObject WithEchoedToken(JsonObject body, string token)
    {
        var leaky = (JsonObject)body.DeepClone();
        var message = leaky["NeutronError"] as JsonObject ?? leaky;
        var key = message.ContainsKey("error_msg") ? "error_msg" : "message";
        message[key] = $"{message[key]?.GetValue<string>()} (X-Auth-Token: {token})";
        return leaky;
    }

    /// <summary>Writes the token's hyphens as the JSON escape <c>\u002d</c>: the same string to any JSON reader, another text to a naive search.</summary>
    public static string EscapeHyphens(string json, string token) =>
        token.Length == 0 ? json : json.Replace(token, token.Replace("-", "\\u002d", StringComparison.Ordinal), StringComparison.Ordinal);

    private static string LeakedException() =>
        $"System.InvalidOperationException: Sequence contains no matching element{Environment.NewLine}{Environment.StackTrace}";
}
