
namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of error rendering: how an error answer is written, whatever the error.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault HtmlErrorPages = ErrorRenderingFault(
        new("html-error-pages", "errors", "Every error answers an HTML page with a stack trace instead of JSON."),
        new() { ErrorPage = FaultyErrorPage.WriteHtmlAsync });

    public static readonly Fault StackTraceInErrors = ErrorRenderingFault(
        new("stack-trace-in-errors", "errors", "NeutronError bodies carry a .NET stack trace in `detail`."),
        new() { ErrorShape = FaultyErrorPage.WithStackTrace });

    public static readonly Fault TokenInErrors = ErrorRenderingFault(
        new("token-in-errors", "errors", "Error bodies repeat the X-Auth-Token the request sent."),
        new() { ErrorBody = FaultyErrorPage.WithEchoedToken });

    public static readonly Fault EscapedTokenInErrors = ErrorRenderingFault(
        new("escaped-token-in-errors", "errors", "Error bodies repeat the X-Auth-Token the request sent, its hyphens written as the JSON escape `\\u002d`."),
        new() { ErrorBody = FaultyErrorPage.WithEchoedToken, ErrorText = FaultyErrorPage.EscapeHyphens });

    public static readonly Fault JsonErrorsLabelledTextPlain = ErrorRenderingFault(
        new("json-errors-labelled-text-plain", "errors", "Every error answer is its documented JSON body, labelled `Content-Type: text/plain`."),
        new() { ErrorContentType = "text/plain; charset=utf-8" });

    private static Fault ErrorRenderingFault(Fault fault, FaultHooks hooks) => Declare(fault, FaultKind.ErrorRendering, _ => hooks);
}
