using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Schemas;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>How the target answers requests it cannot honour: unknown and malformed ids.</summary>
internal static class ErrorChecks
{
    public static readonly ConformanceCheck UnknownIdIs404 = new(
        new Requirement("REJ-009", Must, RequirementCategory.Errors,
            "Rejecting an unknown peering id (a random UUID, the nil UUID, the max UUID) answers 404.",
            "[OTC] status_codes: 404 the requested resource was not found; RFC 9562 §5.9, §5.10 (nil and max UUID)"),
        async context =>
        {
            foreach (var unknown in context.Each(PeeringIdForms.Unknown(context.Data)))
            {
                var exchange = await context.RejectAsync(unknown.Value);
                if (exchange.StatusCode != 404)
                {
                    throw new RequirementFailedException($"status 404 to the reject of {unknown.Label}", $"status {exchange.StatusCode}", exchange);
                }
            }
        });

    public static readonly ConformanceCheck UnknownIdErrorBody = new(
        new Requirement("REJ-010", Must, RequirementCategory.Errors,
            "That 404 carries a JSON body in one of the documented error shapes.",
            "[NEU] NeutronError body; [OTC] error codes page (error_code/error_msg, code/message)"),
        async context =>
        {
            foreach (var unknown in context.Each(PeeringIdForms.Unknown(context.Data)))
            {
                var exchange = await context.RejectAsync(unknown.Value);
                Expect.ClientError(exchange, $"rejecting an unknown peering id ({unknown.Label})");
                Expect.DocumentedErrorBody(exchange);
            }
        });

    public static readonly ConformanceCheck MalformedIdsAreClientErrors = new(
        new Requirement("REJ-011", Should, RequirementCategory.BadInput,
            "Malformed peering ids get 400 or 404 with an error body in one of the documented shapes, never 5xx.",
            "inferred: robustness; [OTC] status_codes 400/404; error shapes as REJ-010"),
        async context =>
        {
            var offenders = new List<(PeeringExchange Exchange, string Problem)>();
            foreach (var segment in context.Each(PeeringIdForms.Malformed(context.Data)))
            {
                var exchange = await context.SendAsync(RejectPath(segment.Value));
                var violations = PeeringSchemas.ErrorBody.Validate(exchange.Body);
                if (exchange.StatusCode is not (400 or 404) || violations.Count > 0)
                {
                    var problem = violations.Count > 0 ? $"body not a documented error: {SchemaViolation.Describe(violations)}" : "status";
                    offenders.Add((exchange, $"{exchange.Url.AbsolutePath} → {exchange.StatusCode} {exchange.ContentType} ({problem})"));
                }
            }

            if (offenders.Count > 0)
            {
                throw new RequirementFailedException(
                    $"400 or 404 with an error body valid against {PeeringSchemas.ErrorBody.FileName} for every malformed id",
                    string.Join("; ", offenders.Select(offender => offender.Problem)),
                    offenders[0].Exchange);
            }
        });

    public static readonly ConformanceCheck ErrorsLeakNothing = new(
        new Requirement("REJ-012", Should, RequirementCategory.Errors,
            "No answer (error or success; body, JSON-decoded strings or headers) leaks a stack trace, file path, framework exception name or a token or key that was sent.",
            "inferred: OWASP error handling; the documented error bodies carry only a code and a message, the documented peering only its fields"),
        async context =>
        {
            var wronglyAuthenticated = context.WronglyAuthenticated(ApiRequest.Reject(context.Data.UnknownPeeringId()));
            var sentSecrets = context.TenantSecrets.ToList();
            if (wronglyAuthenticated.Secret is { } wrongSecret)
            {
                sentSecrets.Add(new NamedSecret($"the invalid credential the check sent ({wronglyAuthenticated.Form})", wrongSecret));
            }

            var pending = await context.PendingPeeringAsync();
            var probes = new List<ApiRequest>
            {
                ApiRequest.Reject(context.Data.UnknownPeeringId()),
                context.Unauthenticated(ApiRequest.Reject(context.Data.UnknownPeeringId())).Request,
                wronglyAuthenticated.Request,
                ApiRequest.Reject(pending.Id),
                ApiRequest.Show(pending.Id),
            };
            probes.AddRange(context.Data.MalformedIdSegments().Select(RejectPath));
            foreach (var probe in probes)
            {
                var exchange = await context.SendAsync(probe);
                if (AnswerLeaks.SecretIn(exchange, sentSecrets) is { } secretLeak)
                {
                    // The evidence shows the exchange with every secret of the run cut out, in every encoding it was found in.
                    throw new RequirementFailedException(
                        "an answer that repeats no token or key sent, in any encoding",
                        $"a token that was sent, in the {secretLeak.Where} of the answer to {exchange.Method} {exchange.Url.AbsolutePath} (status {exchange.StatusCode}): {secretLeak.Secret.Name}",
                        AnswerLeaks.Redacted(exchange, sentSecrets));
                }

                if (AnswerLeaks.ImplementationDetailIn(exchange) is { } leak)
                {
                    throw new RequirementFailedException("an answer without implementation details", leak, exchange);
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
                Expect.DocumentedErrorBody(refusal);
            }
        });

    /// <summary>The reject path with a raw, already wire-ready segment where the id belongs.</summary>
    private static ApiRequest RejectPath(string segment) => new(HttpMethod.Put, $"/v2.0/vpc/peerings/{segment}/reject");
}
