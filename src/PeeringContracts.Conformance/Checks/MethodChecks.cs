using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Requests that are not the documented reject (other methods, an unexpected body or query) must not reject or break anything.</summary>
internal static class MethodChecks
{
    public static readonly ConformanceCheck OtherMethodsChangeNothing = new(
        new Requirement("REJ-020", Should, RequirementCategory.BadInput,
            "No standard HTTP method but PUT on `/reject`, and none the API does not document on the peering's own path (POST, PATCH, OPTIONS, TRACE), is answered 2xx (but OPTIONS, and a TRACE echoed as message/http) or a 5xx other than 501, and none changes the peering.",
            "inferred: [SEED] documents only PUT on /reject; RFC 9110 §9.3 (methods; OPTIONS §9.3.7, TRACE §9.3.8), §15.6.2 (501 for a method the server does not implement); RFC 5789 (PATCH)"),
        async context =>
        {
            var fixture = await context.PendingPeeringAsync();
            var before = await Expect.SettledAsync(context, fixture.Id, PeeringStatus.PendingAcceptance);
            var reject = ApiRequest.Reject(fixture.Id);
            var peering = ApiRequest.Show(fixture.Id);
            var tries = context.Each(UndocumentedMethods.OnReject).Select(form => (Request: reject with { Method = form.Value }, Path: "/reject"))
                .Concat(context.Each(UndocumentedMethods.OnPeering).Select(form => (Request: peering with { Method = form.Value }, Path: "the peering's path")));
            foreach (var (request, path) in tries)
            {
                // RFC 9110 §9.3.8: a TRACE request carries no credentials, since its answer may echo them.
                var exchange = request.Method == HttpMethod.Trace ? await context.SendAsync(request, context.Anonymous) : await context.SendAsync(request);
                var refusedAsHttpAllows = exchange.StatusCode is >= 400 and < 500 or 501;
                if (!refusedAsHttpAllows && !(exchange.StatusCode is >= 200 and < 300 && UndocumentedMethods.MaySucceed(request.Method, exchange.ContentType)))
                {
                    throw new RequirementFailedException(
                        $"a 4xx (or 501) answer to {request.Method} on {path}, which the API does not document", $"status {exchange.StatusCode}", exchange);
                }

                await Expect.UnchangedAsync(context, before, exchange);
            }
        });

    public static readonly ConformanceCheck BodyIsIgnored = new(
        new Requirement("REJ-021", Should, RequirementCategory.BadInput,
            "A reject that carries a body (empty, trivial or broken JSON, JSON with documented fields, 100 KiB, text, XML, a form) answers no 5xx: it rejects and changes nothing but `status` and `updated_at`, or it is refused and changes nothing.",
            "inferred: [SEED] the reject takes no body; robustness, no mass assignment; RFC 9110 §15.5.16 (415), §15.5.14 (413)"),
        context => Scenarios.EachFormRejectsOrIsRefusedAsync(context, RejectBodies.All, (id, body) => ApiRequest.Reject(id) with { JsonBody = body.Text, ContentType = body.ContentType }));

    public static readonly ConformanceCheck QueryIsIgnored = new(
        new Requirement("REJ-041", Should, RequirementCategory.BadInput,
            "A reject with query parameters (documented field names, list filters and paging, a repeated parameter) answers no 5xx: it rejects and changes nothing but `status` and `updated_at`, or it is refused and changes nothing.",
            "inferred: [SEED] the reject documents no query parameters; [OTC] the list's filters; robustness, no mass assignment"),
        context => Scenarios.EachFormRejectsOrIsRefusedAsync(context, RejectQueries.Of(context.Data), (id, query) => ApiRequest.Reject(id) with { Path = $"{ApiRequest.Reject(id).Path}?{query}" }));
}
