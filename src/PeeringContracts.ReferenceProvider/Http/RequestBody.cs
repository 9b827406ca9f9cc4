namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>
/// Reads every request's body before anything answers, and rewinds it for whoever reads it next: an endpoint that
/// ignores a large body (the reject takes none) would otherwise answer before it arrived, and Kestrel would close the
/// connection under the client still sending it.
/// </summary>
internal static class RequestBody
{
    public static async Task ReadWholeAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            http.Request.EnableBuffering();
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            http.Request.Body.Position = 0;
        }

        await next(http);
    }
}
