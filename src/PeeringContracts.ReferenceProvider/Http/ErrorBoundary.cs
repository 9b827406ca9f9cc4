namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>
/// The outermost middleware: stamps an <c>X-Request-Id</c> on every response and turns any exception into a JSON
/// error without internals (a <see cref="BadHttpRequestException"/> keeps its 4xx, anything else becomes 500).
/// </summary>
internal sealed partial class ErrorBoundary(RequestDelegate next, ILogger<ErrorBoundary> logger)
{
    public async Task InvokeAsync(HttpContext httpContext)
    {
        var requestId = Guid.NewGuid().ToString();
        httpContext.Response.OnStarting(() =>
        {
            httpContext.Response.Headers["X-Request-Id"] = requestId;
            return Task.CompletedTask;
        });
        try
        {
            await next(httpContext);
        }
        catch (BadHttpRequestException rejected) when (!httpContext.Response.HasStarted)
        {
            httpContext.Response.Clear();
            await ErrorAnswer.ForStatus(rejected.StatusCode).ExecuteAsync(httpContext);
        }
        catch (Exception failure) when (!httpContext.Response.HasStarted && !httpContext.RequestAborted.IsCancellationRequested)
        {
            LogFailure(logger, failure, requestId);
            httpContext.Response.Clear();
            await ErrorAnswer.InternalError().ExecuteAsync(httpContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId} failed.")]
    private static partial void LogFailure(ILogger logger, Exception failure, string requestId);
}
