using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of the reject's transport: its timing, its connection, its status code, headers and content type, and the methods it answers.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault SlowReject = TransportFault(
        new("slow-reject", "timing", "Reject answers after a delay (PEERING_FAULT_DELAY_MS, default 3000)."),
        run => new()
        {
            BeforeReject = async request =>
            {
                // A client that gives up (or a host that stops) ends the wait at once.
                await Task.Delay(run.SlowRejectDelay, request.Http.RequestAborted);
                return null;
            },
        });

    public static readonly Fault ConnectionResetOnReject = TransportFault(
        new("connection-reset-on-reject", "timing", "Reject closes the connection at once, without any HTTP answer."),
        _ => new()
        {
            BeforeReject = request =>
            {
                request.Http.Abort();
                return Task.FromResult<IResult?>(Results.Empty);
            },
        });

    public static readonly Fault Error500OnRejectBody = TransportFault(
        new("500-on-reject-body", "transport", "A reject that carries a request body answers 500."),
        run => new()
        {
            BeforeReject = request => request.HasBody
                ? throw run.Failure("a reject with a body fails")
                : NoAnswer,
        });

    public static readonly Fault JsonTypeWithoutBody400 = TransportFault(
        new("400-on-json-type-without-body", "transport", "A reject that says Content-Type application/json but has no body, as the official SDKs send it, answers 400."),
        _ => new()
        {
            BeforeReject = request => !request.HasBody && request.Http.Request.HasJsonContentType()
                ? Task.FromResult<IResult?>(ErrorAnswer.BadRequest("The request body is not valid JSON."))
                : NoAnswer,
        });

    public static readonly Fault Error500OnFormBody = TransportFault(
        new("500-on-form-body", "transport", "A reject labelled `application/x-www-form-urlencoded` answers 500 (form binding fails on a body the reject never reads)."),
        run => new()
        {
            BeforeReject = request => request.Http.Request.HasFormContentType
                ? throw run.Failure("a form body fails")
                : NoAnswer,
        });

    public static readonly Fault RejectReturns202 = TransportFault(
        new("reject-returns-202", "transport", "A successful reject answers 202 instead of 200."),
        _ => new() { RejectStatusCode = StatusCodes.Status202Accepted });

    public static readonly Fault TextPlainContentType = TransportFault(
        new("text-plain-content-type", "transport", "The 200 reject answers Content-Type text/plain."),
        _ => new() { RejectContentType = "text/plain; charset=utf-8" });

    public static readonly Fault TokenInRejectHeader = TransportFault(
        new("token-in-reject-header", "errors", "The 200 reject answer carries the caller's X-Auth-Token in an `X-Debug-Caller` header."),
        _ => new()
        {
            AfterReject = outcome =>
            {
                if (outcome.Result.Outcome == TransitionOutcome.Done)
                {
                    outcome.Http.Response.Headers["X-Debug-Caller"] = outcome.Http.Request.Headers["X-Auth-Token"].ToString();
                }

                return null;
            },
        });

    public static readonly Fault GetRejects = TransportFault(
        new("get-rejects", "transport", "GET on /reject performs the reject."),
        _ => new() { AlsoRejectsOn = [HttpMethods.Get] });

    public static readonly Fault PatchRejects = TransportFault(
        new("patch-rejects", "transport", "PATCH on /reject performs the reject."),
        _ => new() { AlsoRejectsOn = [HttpMethods.Patch] });

    public static readonly Fault PostRejects = TransportFault(
        new("post-rejects", "transport", "POST on /reject performs the reject."),
        _ => new() { AlsoRejectsOn = [HttpMethods.Post] });

    public static readonly Fault DeleteRejects = TransportFault(
        new("delete-rejects", "transport", "DELETE on /reject performs the reject."),
        _ => new() { AlsoRejectsOn = [HttpMethods.Delete] });

    public static readonly Fault DuplicateStatusInReject = TransportFault(
        new("duplicate-status-in-reject", "schema", "The reject body carries `status` twice, `\"PENDING_ACCEPTANCE\"` first and `\"REJECTED\"` last: a parser that keeps the last sees a rejected peering, one that keeps the first a pending one."),
        _ => new() { RejectText = json => $"{{\"status\":\"PENDING_ACCEPTANCE\",{json[1..]}" });

    public static readonly Fault CreateAnswers200 = TransportFault(
        new("create-answers-200", "transport", "A successful create answers 200 instead of the documented 201."),
        _ => new() { CreateStatusCode = StatusCodes.Status200OK });

    public static readonly Fault TokenInListHeader = TransportFault(
        new("token-in-list-header", "errors", "Every list answer carries the caller's X-Auth-Token in an `X-Debug-Caller` header."),
        _ => new() { Listed = http => http.Response.Headers["X-Debug-Caller"] = http.Request.Headers["X-Auth-Token"].ToString() });

    public static readonly Fault FractionalCreatedAtInAccept = TransportFault(
        new("fractional-created-at-in-accept", "schema", "The accept body's `created_at` carries a fraction and a zone (`…T03:04:05.000Z`), a form the documentation does not allow; show and list keep the documented form."),
        _ => new() { AcceptBody = body => { body["created_at"] = $"{body["created_at"]!.GetValue<string>()}.000Z"; return body; } });

    public static readonly Fault UndocumentedErrorOnShow = TransportFault(
        new("undocumented-error-on-show", "errors", "A show of a peering the caller cannot see answers 404 with `{\"error\": \"not found\"}`, a shape no documentation gives."),
        _ => new() { ShowNotFound = _ => Results.Json(new { error = "not found" }, statusCode: StatusCodes.Status404NotFound) });

    private static Fault TransportFault(Fault fault, Func<FaultRun, FaultHooks> hooks) => Declare(fault, FaultKind.Transport, hooks);
}
