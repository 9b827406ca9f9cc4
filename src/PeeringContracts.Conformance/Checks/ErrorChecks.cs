using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Schemas;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>How the target answers requests it cannot honour: unknown and malformed ids.</summary>
internal static class ErrorChecks
{
    public static readonly ConformanceCheck UnknownIdIs404 = new(
        new Requirement("REJ-009", Must, RequirementCategory.Errors,
            "Rejecting an unknown peering id answers 404.",
            "[OTC] status_codes: 404 the requested resource was not found"),
        async context =>
        {
            var exchange = await context.RejectAsync(context.Data.UnknownPeeringId());
            Expect.Status(exchange, 404);
        });

    public static readonly ConformanceCheck UnknownIdErrorBody = new(
        new Requirement("REJ-010", Must, RequirementCategory.Errors,
            "That 404 carries a JSON body in one of the documented error shapes.",
            "[NEU] NeutronError body; [OTC] error codes page (error_code/error_msg, code/message)"),
        async context =>
        {
            var exchange = await context.RejectAsync(context.Data.UnknownPeeringId());
            Expect.ClientError(exchange, "rejecting an unknown peering id");
            var violations = PeeringSchemas.ErrorBody.Validate(exchange.Body);
            if (violations.Count > 0)
            {
                throw new RequirementFailedException(
                    $"an error body valid against {PeeringSchemas.ErrorBody.FileName}",
                    SchemaViolation.Describe(violations),
                    exchange);
            }
        });

    public static readonly ConformanceCheck MalformedIdsAreClientErrors = new(
        new Requirement("REJ-011", Should, RequirementCategory.BadInput,
            "Malformed peering ids get 400 or 404 with a JSON error body, never 5xx.",
            "inferred: robustness; [OTC] status_codes 400/404"),
        async context =>
        {
            var offenders = new List<PeeringExchange>();
            foreach (var segment in context.Data.MalformedIdSegments())
            {
                var exchange = await context.SendAsync(RejectPath(segment));
                if (exchange.StatusCode is not (400 or 404) || !JsonBody.TryParseObject(exchange.Body, out _))
                {
                    offenders.Add(exchange);
                }
            }

            if (offenders.Count > 0)
            {
                throw new RequirementFailedException(
                    "400 or 404 with a JSON object body for every malformed id",
                    string.Join("; ", offenders.Select(exchange => $"{exchange.Url.AbsolutePath} → {exchange.StatusCode} {exchange.ContentType}")),
                    offenders[0]);
            }
        });

    public static readonly ConformanceCheck ErrorsLeakNothing = new(
        new Requirement("REJ-012", Should, RequirementCategory.Errors,
            "Error bodies leak no stack trace, file path, framework exception name or the token that was sent.",
            "inferred: OWASP error handling; the documented error bodies carry only a code and a message"),
        async context =>
        {
            var wronglyAuthenticated = context.WronglyAuthenticated(ApiRequest.Reject(context.Data.UnknownPeeringId()));
            var sentTokens = context.TenantSecrets.Append(wronglyAuthenticated.Secret).OfType<string>().ToList();
            var probes = new List<ApiRequest>
            {
                ApiRequest.Reject(context.Data.UnknownPeeringId()),
                context.Unauthenticated(ApiRequest.Reject(context.Data.UnknownPeeringId())).Request,
                wronglyAuthenticated.Request,
            };
            probes.AddRange(context.Data.MalformedIdSegments().Select(RejectPath));
            foreach (var probe in probes)
            {
                var exchange = await context.SendAsync(probe);
                if (sentTokens.Any(token => exchange.Body.Contains(token, StringComparison.Ordinal)))
                {
                    throw new RequirementFailedException("an error body that does not repeat the token or key sent", "a token or key in the body", exchange);
                }

                if (LeakPatterns.Find(exchange.Body) is { } leak)
                {
                    throw new RequirementFailedException("an error body without implementation details", $"a body containing \"{leak}\"", exchange);
                }
            }
        });

    public static readonly ConformanceCheck RefusalsUseErrorShapes = new(
        new Requirement("REJ-024", Should, RequirementCategory.Errors,
            "Refused rejects (401, 403, 404, 409 …) carry a JSON body in one of the documented error shapes.",
            "[OTC] error codes page; [NEU] NeutronError; gateway 401 error_code/error_msg; inferred for 403/409"),
        async context =>
        {
            var pending = await context.PendingPeeringAsync();
            var refusals = new List<PeeringExchange>
            {
                await context.RejectAsync(pending.Id, context.Anonymous),
                await context.SendAsync(context.WronglyAuthenticated(ApiRequest.Reject(pending.Id)).Request),
            };
            if (context.HasRequester)
            {
                refusals.Add(await context.RejectAsync(pending.Id, context.Requester));
            }

            await context.ReleaseAsync(pending);
            if (context.CanMakeActivePeerings)
            {
                refusals.Add(await context.RejectAsync((await context.ActivePeeringAsync()).Id));
            }

            if (refusals.FirstOrDefault(exchange => exchange.StatusCode >= 500) is { } serverError)
            {
                throw new RequirementFailedException("a 4xx refusal with a documented error body", $"status {serverError.StatusCode}", serverError);
            }

            var judged = refusals.Where(exchange => exchange.StatusCode is >= 400 and < 500).ToList();
            if (judged.Count == 0)
            {
                throw new PrerequisiteMissingException("the target refused none of the rejects that must be refused (see REJ-013 to REJ-017), so no error body could be judged.");
            }

            foreach (var refusal in judged)
            {
                var violations = PeeringSchemas.ErrorBody.Validate(refusal.Body);
                if (violations.Count > 0)
                {
                    throw new RequirementFailedException(
                        $"an error body valid against {PeeringSchemas.ErrorBody.FileName}", SchemaViolation.Describe(violations), refusal);
                }
            }
        });

    /// <summary>The reject path with a raw, already wire-ready segment where the id belongs.</summary>
    private static ApiRequest RejectPath(string segment) => new(HttpMethod.Put, $"/v2.0/vpc/peerings/{segment}/reject");
}
