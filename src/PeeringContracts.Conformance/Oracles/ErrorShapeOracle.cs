using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Schemas;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>Every refusal that carries a body carries one of the documented error shapes, whichever request it answers.</summary>
internal sealed class ErrorShapeOracle : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-036", Should, RequirementCategory.Errors,
        "Every 4xx answer of the run that has a body carries it in one of the documented error shapes (NeutronError, error_code/error_msg, code/message), whichever request it answers.",
        "[NEU] NeutronError; [OTC] error codes; gateway 401 error_code/error_msg; the SDKs' error parsing");

    public override Requirement Requirement => Rule;

    public override string Expectation => $"every 4xx body valid against {PeeringSchemas.ErrorBody.FileName}";

    public override bool Judges(ObservedExchange observed) =>
        observed.Exchange.StatusCode is >= 400 and < 500 and not 429 && observed.Exchange.Body.Trim().Length > 0;

    public override string? Violation(ObservedExchange observed) =>
        PeeringSchemas.ErrorBody.Validate(observed.Exchange.Body) is { Count: > 0 } violations
            ? $"status {observed.Exchange.StatusCode} to {observed.Operation} with a body not in a documented error shape: {SchemaViolation.Describe(violations)}"
            : null;
}
