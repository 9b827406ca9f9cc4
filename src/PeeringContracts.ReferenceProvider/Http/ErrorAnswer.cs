using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.ReferenceProvider.Http;

/// <summary>
/// An error answer in one of the documented shapes: <c>{"NeutronError":{"type","message","detail"}}</c> for API
/// errors (<c>{"code","message"}</c> with the <c>code-message-errors</c> quirk), <c>{"error_code":"APIGW.0301","error_msg"}</c>
/// for 401. Messages never carry tokens or internals.
/// </summary>
internal sealed class ErrorAnswer : IResult
{
    private readonly JsonObject body;

    private ErrorAnswer(int statusCode, JsonObject body)
    {
        StatusCode = statusCode;
        this.body = body;
    }

    public int StatusCode { get; }

    public static ErrorAnswer Neutron(int statusCode, string type, string message) => new(
        statusCode,
        new JsonObject { ["NeutronError"] = new JsonObject { ["type"] = type, ["message"] = message, ["detail"] = "" } });

    public static ErrorAnswer BadRequest(string message) => Neutron(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static ErrorAnswer NotFound(string type, string message) => Neutron(StatusCodes.Status404NotFound, type, message);

    public static ErrorAnswer PeeringNotFound(Guid id) => NotFound("PeeringNotFound", $"Peering {id} could not be found.");

    public static ErrorAnswer MalformedPeeringId() =>
        BadRequest("The peering id in the path is not a UUID (expected the form 22b76469-08e3-4937-8c1d-7aad34892be1).");

    public static ErrorAnswer Unauthorized(string reason = "X-Auth-Token is missing or not valid.") => new(
        StatusCodes.Status401Unauthorized,
        new JsonObject { ["error_code"] = "APIGW.0301", ["error_msg"] = $"Incorrect IAM authentication information: {reason}" });

    /// <summary>The API gateway's throttling answer (<c>throttle-every-5th</c>), in the gateway error shape.</summary>
    public static ErrorAnswer Throttled() => new(
        StatusCodes.Status429TooManyRequests,
        new JsonObject { ["error_code"] = "APIGW.0308", ["error_msg"] = "The throttling threshold has been reached: too many requests. Retry after the time Retry-After gives." });

    /// <summary>The answer for a status the framework set without a body (unknown path, wrong method, oversized body...).</summary>
    public static ErrorAnswer ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized(),
        StatusCodes.Status404NotFound => NotFound("NotFound", "No resource lives at this path."),
        StatusCodes.Status405MethodNotAllowed => Neutron(statusCode, "MethodNotAllowed", "This method is not allowed on this path; the Allow header lists the methods that are."),
        StatusCodes.Status413PayloadTooLarge => Neutron(statusCode, "RequestEntityTooLarge", $"The request body is larger than the {RequestLimits.MaxBodyKiB} KiB this API accepts."),
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(),
        >= 500 => InternalError(),
        _ => Neutron(statusCode, "BadRequest", "The request could not be understood."),
    };

    public static ErrorAnswer UnsupportedMediaType() =>
        Neutron(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The request body must be sent as Content-Type application/json.");

    public static ErrorAnswer InternalError() =>
        Neutron(StatusCodes.Status500InternalServerError, "InternalServerError", "The request failed inside the provider; the X-Request-Id header identifies it.");

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var faults = httpContext.RequestServices.GetRequiredService<ActiveFaults>();
        var quirks = httpContext.RequestServices.GetRequiredService<QuirkSwitches>();
        httpContext.Response.StatusCode = StatusCode;
        if (faults.ErrorPage is { } page)
        {
            return page(httpContext, StatusCode);
        }

        var token = httpContext.Request.Headers["X-Auth-Token"].ToString();
        var answer = faults.ErrorBody(faults.ErrorShape(body) ?? quirks.ShapeError(body), token);
        httpContext.Response.ContentType = faults.ErrorContentType;
        return httpContext.Response.WriteAsync(faults.ErrorText(answer.ToJsonString(), token));
    }
}
